using Ledger.Application.Live;
using Ledger.Application.ReadModels;
using Ledger.Application.Tables;
using Ledger.Journal;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Sharding;
using Ledger.Store;
using Ledger.Web.Api;
using Ledger.Web.Importing;
using Ledger.Web.Live;
using Ledger.Web.Pages;
using Ledger.Web.Queries;
using Ledger.Web.Security;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ledger.Web.Hosting;

/// <summary>The server's services: the store and what reads and writes it, sign-in, anti-forgery, the OpenAPI document.</summary>
internal static class ServiceSetup
{
    /// <summary>Largest request body: a sheet of <see cref="Sheets.Reading.SheetLimits.MaxFileBytes"/> plus the multipart envelope.</summary>
    public const long MaxRequestBytes = Sheets.Reading.SheetLimits.MaxFileBytes + (1024 * 1024);

    /// <param name="cluster">This server's cluster node, which then takes every write; null: a runtime of its own.</param>
    public static void Add(
        IServiceCollection services, IEventStore store, IUserDirectory users, LiveProjection live, ReadModelCache models, IClock clock, DateTimeZone zone,
        ClusterNode? cluster = null)
    {
        services.AddSingleton(store);
        services.AddSingleton<IEventReader>(store);
        services.AddSingleton(users);
        services.AddSingleton(live);
        services.AddSingleton(models);
        services.AddSingleton(clock);
        services.AddSingleton(new PageClock(clock, zone));
        services.AddSingleton(new LedgerJournal(store));
        // Writes go to the persistent actor of each unit-year, as the CLI's do; the runtime starts on the first write
        // and stops with the server (the container disposes it). A cluster node sends them through the shard region
        // instead; the server owns and stops it.
        if (cluster is null)
            services.AddSingleton<IBudgetWriter>(_ => new RuntimeBudgetWriter(RuntimeOptions.ForStore(store) with { LogLevel = "ERROR", Clock = clock }));
        else
            services.AddSingleton(cluster).AddSingleton<IBudgetWriter>(cluster);
        // Every table, chart and history goes through the one cache the live projection feeds.
        services.AddSingleton(new BudgetQueries(models));
        services.AddSingleton<TableService>();
        services.AddSingleton<SheetImports>();
        services.AddSingleton<ImportSlots>();
        services.AddSingleton<LiveFeed>(_ => new LiveFeed(live));
        services.AddSingleton<JournalWatch>();
        services.AddSingleton<UnitYearInfo>();
        services.AddSingleton<ChartService>();
        services.AddSingleton<LedgerClockLabel>();
        services.AddSingleton<LoginPages>();
        services.AddSingleton<HomePage>();
        services.AddSingleton<TablePages>();
        services.AddSingleton<HistoryPages>();
        services.AddSingleton<ChartPage>();
        services.AddSingleton<ImportPage>();

        services.AddAuthentication(AccessPolicies.CookieScheme)
            .AddCookie(AccessPolicies.CookieScheme, options =>
            {
                options.LoginPath = "/masuk";
                options.LogoutPath = "/keluar";
                options.AccessDeniedPath = "/masuk";
                options.Cookie.Name = "ledger.sesi";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
                options.Events.OnRedirectToLogin = RelativeRedirects.ToLogin;
                options.Events.OnRedirectToAccessDenied = RelativeRedirects.ToAccessDenied;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ledger.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = Html.AntiforgeryFieldName;
            options.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = MaxRequestBytes;
            options.ValueCountLimit = 64;
            // Form fields are short texts (a unit, a basis of at most 300 characters, the anti-forgery token).
            options.ValueLengthLimit = (int)RequestLimits.MaxFormBytes;
        });
        OpenApiSetup.Add(services);
    }
}
