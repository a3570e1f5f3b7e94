global using Ledger.Testing;
