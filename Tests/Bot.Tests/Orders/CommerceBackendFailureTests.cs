using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The commerce backend failing in each documented way, and what the client makes of it: one retry of 429 and
/// 5xx, then <see cref="OrderServiceUnavailableException"/> (never a "not found" that would count as a failed identity
/// check), no retry of what a retry cannot fix, and never the proof or the key in a log.</summary>
public sealed class CommerceBackendFailureTests
{
    private const string Email = "ana.garcia@example.es";

    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("wrong-key-1234567890", 401)]
    [InlineData(CommerceBackendServer.RevokedKey, 403)]
    public async Task KeyRefused_Unavailable_LogsAnErrorAboutTheKey_WithoutIt(string key, int status)
    {
        await using var harness = await CommerceBackendHarness.StartAsync(new Dictionary<string, string?> { ["Orders:Http:ApiKey"] = key });

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Single(harness.Server.Requests);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("Orders:Http:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, harness.AllLogText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerErrorOnce_RetriedOnce_Answers(int status)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.ServerError(status));

        var order = await harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None);

        Assert.NotNull(order);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerErrorTwice_Unavailable_AfterOneRetry(int status)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.ServerError(status), BackendFault.ServerError(status), BackendFault.ServerError(status));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.GetInvoiceAsync("SB-1001", CommerceBackendHarness.Caller, None));

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task ReturnAnswerLost_RetrySendsTheSameIdempotencyKey_OneRmaOnly()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.ServerError(503, afterHandling: true));

        var outcome = await harness.Orders.StartReturnAsync(new ReturnRequest("SB-1001", ["AUR-300"], "Roto", false), CommerceBackendHarness.Caller, None);

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.NotNull(harness.Server.Requests[0].IdempotencyKey);
        Assert.Equal(harness.Server.Requests[0].IdempotencyKey, harness.Server.Requests[1].IdempotencyKey);
        Assert.Equal(harness.Server.Requests[0].Body, harness.Server.Requests[1].Body);
        Assert.Equal([outcome.RmaNumber!], harness.Server.Rmas);
    }

    [Fact]
    public async Task SlowerThanTheTimeout_Unavailable_NotRetried()
    {
        await using var harness = await CommerceBackendHarness.StartAsync(new Dictionary<string, string?> { ["Orders:Http:Timeout"] = "00:00:00.300" });
        harness.Server.Enqueue(BackendFault.Slow(TimeSpan.FromSeconds(30)));

        var exception = await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindOwnAsync("cus_ana", "SB-1001", CommerceBackendHarness.Caller, None));

        Assert.Contains("in time", exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task CallerCancels_CancellationIsNotDisguisedAsUnavailable()
    {
        await using var harness = await CommerceBackendHarness.StartAsync(new Dictionary<string, string?> { ["Orders:Http:Timeout"] = "00:00:30" });
        harness.Server.Enqueue(BackendFault.Slow(TimeSpan.FromSeconds(30)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.Orders.FindOwnAsync("cus_ana", "SB-1001", CommerceBackendHarness.Caller, cancellation.Token));
    }

    [Fact]
    public async Task Throttled_WaitsTheRetryAfterOnce_ThenAnswers()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.Throttled("1"));

        var order = await harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None);

        Assert.NotNull(order);
        Assert.Equal(2, harness.Server.Requests.Count);
        var retry = Assert.Single(harness.Logs.GetSnapshot(), r => r.Message.Contains("retrying once", StringComparison.Ordinal));
        Assert.Contains("429", retry.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:01", retry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottledWithoutRetryAfter_RetriedAfterTheConfiguredDelay()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.Throttled(null));

        Assert.NotNull(await harness.Orders.GetInvoiceAsync("SB-1003", CommerceBackendHarness.Caller, None));

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("retrying once in 00:00:00.0100000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottledTwice_Unavailable()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.Throttled("0"), BackendFault.Throttled("0"), BackendFault.Throttled("0"));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task ThrottledForLongerThanWeWait_UnavailableAtOnce()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.Throttled("120"));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Single(harness.Server.Requests);
    }

    public static TheoryData<BackendFault> BrokenAnswers => new()
    {
        BackendFault.TruncatedJson,
        BackendFault.Html,
        new BackendFault(200, string.Empty, "application/json"),
        new BackendFault(200, "null", "application/json"),
        // Valid JSON, but not the contract: a required member missing, an unknown status, another order, money as a string.
        new BackendFault(200, """{"number":"SB-1001","placedOn":"2026-11-08","status":"delivered","currency":"EUR","total":1.0}""", "application/json"),
        new BackendFault(200, """{"number":"SB-1001","placedOn":"2026-11-08","status":"on_hold","currency":"EUR","total":1.0,"lines":[]}""", "application/json"),
        new BackendFault(200, """{"number":"SB-2002","placedOn":"2026-11-08","status":"delivered","currency":"EUR","total":1.0,"lines":[]}""", "application/json"),
        new BackendFault(200, """{"number":"SB-1001","placedOn":"2026-11-08","status":"delivered","currency":"EUR","total":"1.0","lines":[]}""", "application/json"),
        new BackendFault(200, """{"number":"SB-1001","placedOn":"08/11/2026","status":"delivered","currency":"EUR","total":1.0,"lines":[]}""", "application/json"),
        new BackendFault(200, """{"number":"SB-1001","placedOn":"2026-11-08","status":"delivered","currency":"euros","total":1.0,"lines":[]}""", "application/json"),
        BackendFault.Problem(400, "invalid_request"),
        BackendFault.Problem(422, "fraud_review"),
    };

    [Theory]
    [MemberData(nameof(BrokenAnswers))]
    public async Task AnswerOutsideTheContract_Unavailable_NeverNotFound(BackendFault fault)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(fault);

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Single(harness.Server.Requests);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Redirect_NotFollowed_TheProofGoesNowhereElse()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        // A redirect to an address that would answer: followed, it would find the order.
        harness.Server.Enqueue(BackendFault.Redirect(new Uri(harness.Server.BaseUrl, "orders/SB-1001/verify").ToString()));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(422, "fraud_review")]
    [InlineData(404, "order_not_found")]
    public async Task ReturnWithAnUndocumentedAnswer_Unavailable(int status, string code)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.Problem(status, code));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.StartReturnAsync(new ReturnRequest("SB-1001", [], "x", false), CommerceBackendHarness.Caller, None));
    }

    [Fact]
    public async Task PdfThatIsNotAPdf_Unavailable()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(new BackendFault(200, "<html>error</html>", "application/pdf"));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.GetInvoiceAsync("SB-1001", CommerceBackendHarness.Caller, None));
    }

    [Fact]
    public async Task NobodyListening_Unavailable()
    {
        var port = await ClosedPortAsync();
        await using var harness = await CommerceBackendHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Orders:Http:BaseUrl"] = $"http://127.0.0.1:{port}/api/",
        });

        var exception = await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));

        Assert.Contains("reached", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_NeverCarryTheProofOrTheKey_EvenWhenThingsGoWrong()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        harness.Server.Enqueue(BackendFault.ServerError(), BackendFault.ServerError(), BackendFault.TruncatedJson, BackendFault.Throttled("0"));

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(() => harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));
        await Assert.ThrowsAsync<OrderServiceUnavailableException>(() => harness.Orders.FindVerifiedAsync("SB-1001", "28013", CommerceBackendHarness.Caller, None));
        Assert.NotNull(await harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None));
        Assert.Null(await harness.Orders.FindVerifiedAsync("SB-1001", "28014", CommerceBackendHarness.Caller, None));

        var logs = harness.AllLogText();
        Assert.Contains("retrying once", logs, StringComparison.Ordinal);
        Assert.Contains("not the documented one", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.garcia", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2801", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(CommerceBackendServer.ApiKey, logs, StringComparison.Ordinal);
        Assert.All(harness.Server.Requests, r => Assert.DoesNotContain("2801", r.RawTarget, StringComparison.Ordinal));
    }

    private static async Task<int> ClosedPortAsync()
    {
        // A port that was just free and is no longer listened on.
        await using var server = await CommerceBackendServer.StartAsync();
        return server.BaseUrl.Port;
    }
}
