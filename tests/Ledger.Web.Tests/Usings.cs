global using Ledger.Testing.Processes;
