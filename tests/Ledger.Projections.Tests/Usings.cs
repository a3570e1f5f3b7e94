global using Ledger.Testing;
global using Ledger.Testing.Specs;
// What every projection spec reads as a sentence: the builders and the Mangkutana budget.
global using static Ledger.Projections.Tests.Support.Mangkutana;
global using static Ledger.Testing.Build;
