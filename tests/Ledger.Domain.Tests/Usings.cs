global using Ledger.Testing;
global using Ledger.Testing.Specs;
// What every decider spec reads as a sentence: the builders, Given/History, and the small budget.
global using static Ledger.Domain.Tests.Support.Sheets;
global using static Ledger.Testing.Build;
global using static Ledger.Testing.Specs.DeciderSpec;
