// The shared golden files; Ledger.Testing is not imported whole, its Sheet would hide the reader's.
global using Golden = Ledger.Testing.Golden;
