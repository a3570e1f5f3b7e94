global using Ledger.Testing;
global using Ledger.Testing.Processes;
