namespace Ledger.Architecture.Tests.Packages;

/// <summary>
/// Advisories against packages this solution has resolved, or could resolve through ClosedXML, Akka or the test
/// tools. The package registry we restore from serves no vulnerability data, so NuGet's own audit is silent here:
/// this list is the check, and an entry is added when an advisory names a package we use (ADR 0004).
/// </summary>
public static class KnownAdvisories
{
    /// <summary>A package, the versions an advisory names (from inclusive, to exclusive), and the advisory.</summary>
    public sealed record Advisory(string Package, Version From, Version FixedIn, string Id);

    public static readonly IReadOnlyList<Advisory> All =
    [
        new("System.Drawing.Common", new(4, 0, 0), new(4, 7, 2), "CVE-2021-24112"),
        new("System.Drawing.Common", new(5, 0, 0), new(5, 0, 3), "CVE-2021-24112"),
        new("System.IO.Packaging", new(6, 0, 0), new(6, 0, 1), "CVE-2024-43483, CVE-2024-43484"),
        new("System.IO.Packaging", new(8, 0, 0), new(8, 0, 1), "CVE-2024-43483, CVE-2024-43484"),
        new("System.Text.Json", new(6, 0, 0), new(6, 0, 11), "CVE-2024-43485"),
        new("System.Text.Json", new(8, 0, 0), new(8, 0, 5), "CVE-2024-43485"),
        new("Newtonsoft.Json", new(0, 0, 0), new(13, 0, 1), "GHSA-5crp-9r3c-p9vr"),
        new("System.Net.Http", new(4, 0, 0), new(4, 3, 4), "CVE-2018-8292"),
        new("System.Text.RegularExpressions", new(4, 0, 0), new(4, 3, 1), "CVE-2019-0820"),
        new("System.Private.Uri", new(4, 0, 0), new(4, 3, 2), "CVE-2019-0657"),
        new("System.Text.Encodings.Web", new(4, 0, 0), new(4, 5, 1), "CVE-2021-26701"),
        new("System.Security.Cryptography.Xml", new(4, 0, 0), new(4, 7, 1), "CVE-2022-34716"),
        new("System.Formats.Asn1", new(5, 0, 0), new(6, 0, 1), "CVE-2024-38095"),
        new("Microsoft.Data.SqlClient", new(1, 0, 0), new(1, 1, 4), "CVE-2024-0056"),
        new("Npgsql", new(8, 0, 0), new(8, 0, 3), "CVE-2024-32655"),
    ];
}
