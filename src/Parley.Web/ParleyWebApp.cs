using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Application.Problems;
using Parley.Core.Formats;
using Parley.Core.Validation;
using Parley.Reports.Events;
using Parley.Web.Api;
using Parley.Application.Events;
using Parley.Web.Security;
using Parley.Storage.Scenarios;

namespace Parley.Web;

/// <summary>
/// Builds the Parley web app: the REST API (with OpenAPI at /openapi/v1.json), the page, the
/// store, and the safety rules — loopback unless there is a token, the token on every request,
/// request size limits, anti-forgery on the upload form, host filtering against DNS rebinding.
/// </summary>
public static class ParleyWebApp
{
    /// <param name="store">The store to use (tests pass an in-memory one); default: the one <see cref="WebOptions.Database"/> names.</param>
    /// <param name="configure">Last changes to the builder (tests swap in the test server).</param>
    public static WebApplication Create(WebOptions options, IScenarioStore? store = null, Action<WebApplicationBuilder>? configure = null)
    {
        var binding = BindingPolicy.Check(options.Urls, options.Token);
        if (!binding.Success) throw new WebSetupException(binding.Problems);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(ParleyWebApp).Assembly.GetName().Name });
        // The slim builder reads appsettings.json from the working folder and Kestrel__* /
        // ASPNETCORE_* environment variables, and Kestrel endpoints from configuration override
        // UseUrls: a stray file or variable could open a port on every address without a token.
        // Parley is configured by its options alone, so no configuration source is kept.
        builder.Configuration.Sources.Clear();
        // Settings the code itself makes (UseUrls, the test server) need one writable source.
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            f.ValueCountLimit = 64;
        });
        bool loopbackOnly = binding.Value.All(u => BindingPolicy.IsLoopback(u.Host));
        builder.Services.Configure<HostFilteringOptions>(h =>
        {
            // A page elsewhere could rebind its own name to 127.0.0.1; only our own names are served.
            h.AllowedHosts = loopbackOnly ? ["localhost", "127.0.0.1", "[::1]"] : ["*"];
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store ?? ScenarioStore.Open(options.Database));
        builder.Services.AddSingleton<ScenarioCache>();
        // The event ledger lives in the same database as the stored scenarios.
        builder.Services.AddSingleton<IDyadHistory>(new LedgerDyadHistory(options.Database));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            r.OnRejected = (context, _) => Refuse(context.HttpContext, options, "busy", "the server is running as many analyses as it can and its queue is full; retry later");
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetConcurrencyLimiter("api", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrentAnalyses,
                        QueueLimit = options.MaxQueuedAnalyses,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("page"));
        });
        builder.Services.AddRequestTimeouts(t =>
        {
            t.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = options.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => Refuse(context, options, "timeout",
                    $"the request took longer than {options.RequestTimeout.TotalSeconds:0} s and was stopped; ask for fewer runs or models").AsTask(),
            };
        });
        builder.Services.AddAntiforgery(a => a.HeaderName = "X-CSRF-Token");
        builder.Services.AddOpenApi();
        builder.Services.AddRouting();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ReportUnexpected, StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : 500 });
        app.UseHostFiltering();
        if (!string.IsNullOrEmpty(options.Token)) app.UseMiddleware<AccessToken>(options.Token);
        // Timeouts first, so time spent waiting for a slot counts too.
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.UseRouting();
        app.UseAntiforgery();

        app.MapOpenApi();
        StaticAssets.Map(app);
        AnalysisEndpoints.Map(app);
        ScenarioEndpoints.Map(app);
        EventEndpoints.Map(app);
        return app;
    }

    /// <summary>Creates the tables and, on an empty store, stores the flagship scenario.</summary>
    public static async Task PrepareStoreAsync(WebApplication app, WebOptions options, CancellationToken cancellationToken = default)
    {
        var store = app.Services.GetRequiredService<IScenarioStore>();
        await store.InitialiseAsync(cancellationToken);
        if (!options.SeedFlagship || (await store.ListAsync(cancellationToken)).Count > 0) return;
        using var stream = typeof(ParleyWebApp).Assembly.GetManifestResourceStream("Parley.Web.korea-2019.yaml")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string content = await reader.ReadToEndAsync(cancellationToken);
        var scenario = ScenarioReader.Read(Encoding.UTF8.GetBytes(content), "korea-2019.yaml").Value;
        await store.AddAsync(scenario.Title, "korea-2019.yaml", content, cancellationToken);
    }

    /// <summary>
    /// Prepares the store, starts listening, then checks the addresses Kestrel actually bound against
    /// the loopback/token rule — the rule checked before start covers only the addresses asked for,
    /// and anything that adds endpoints (configuration, a hosting startup) would slip past it.
    /// A failure stops the app and is reported with the option to blame.
    /// </summary>
    /// <exception cref="WebSetupException">The store cannot be prepared, an address cannot be bound, or a bound address breaks the rule.</exception>
    public static async Task<IReadOnlyList<string>> StartAsync(WebApplication app, WebOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            await PrepareStoreAsync(app, options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not WebSetupException)
        {
            throw new WebSetupException([new Problem(Rules.InvalidValue, $"cannot open the store: {e.Message}", Field: "--db")]);
        }
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new WebSetupException([new Problem(Rules.InvalidValue, $"cannot listen on {options.Urls}: {e.Message}", Field: "--urls")]);
        }
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var check = BindingPolicy.CheckBound(bound, options.Token);
        if (!check.Success)
        {
            await app.StopAsync(CancellationToken.None);
            throw new WebSetupException(check.Problems);
        }
        return bound;
    }

    /// <summary>A refusal a client can act on: 503, <c>Retry-After</c>, and the problem list every API error uses.</summary>
    private static async ValueTask Refuse(HttpContext context, WebOptions options, string rule, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = ApiResults.Json;
        await context.Response.WriteAsync(ProblemJsonWriter.Write([new Problem(rule, message)]));
    }

    private static (int Status, IReadOnlyList<Problem> Problems) Unexpected(Failure failure) => failure.Kind == FailureKind.Internal
        // No exception text for a bug: the server does not tell clients about its insides.
        ? (500, [new Problem(FailureMapper.InternalError, $"internal error ({failure.Cause?.GetType().Name}); this is a bug in Parley, please report it with the request you sent")])
        : (ApiResults.Status(failure.Kind), failure.Problems);

    /// <summary>Bad requests the framework itself refuses (too large, malformed) keep their status; anything else is a bug, reported without a stack trace.</summary>
    private static async Task ReportUnexpected(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, problems) = error switch
        {
            BadHttpRequestException bad => (bad.StatusCode, [new Problem(bad.StatusCode == 413 ? Rules.FileTooLarge : Rules.InvalidValue, bad.Message)]),
            OperationCanceledException => (ApiResults.ClientClosedRequest, [new Problem(FailureMapper.Cancelled, "the request was cancelled")]),
            null => (500, [new Problem(FailureMapper.InternalError, "internal error; this is a bug in Parley, please report it with the request you sent")]),
            // The one mapper: a model refusing its input is the client's 400 here too, whichever code path threw it.
            _ => Unexpected(FailureMapper.Map(error)),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = ApiResults.Json;
        await context.Response.WriteAsync(ProblemJsonWriter.Write(OptionSpelling.Web.Spell(problems)));
    }
}

/// <summary>The web app cannot start as asked (e.g. a public address without a token).</summary>
public sealed class WebSetupException(IReadOnlyList<Problem> problems) : Exception(problems.Count > 0 ? problems[0].Message : "cannot start")
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
