using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Agents;

/// <summary>The agent console's HTTP API under <c>/api/agent</c>. Every call needs a signed-in agent (401 otherwise);
/// changes answer 404 for an unknown escalation and 409 when it is no longer in a state that allows them.</summary>
public static class AgentApi
{
    /// <summary>Authorization policy of the API: any signed-in agent (supervisors included).</summary>
    public const string Policy = "Agent";

    /// <summary>Authorization policy of what only supervisors may see or do: queue-wide reports (the knowledge feedback
    /// report, SLA-breach alerts on the hub), discounts above an agent's own limit, and the supervisor dashboard.</summary>
    public const string SupervisorPolicy = "Supervisor";

    /// <summary>Longest note or message.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Most recent self-service actions (order look-ups, returns, warranty claims, invoices) shown with a case.</summary>
    public const int MaxSelfServiceActions = 50;

    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly string[] RoutingProperties = ["conversationReference", "teamsThreadReference", "teamsCardActivityId"];

    /// <summary>Maps the API.</summary>
    public static RouteGroupBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/agent").RequireAuthorization(Policy).RequireRateLimiting(SecurityRegistration.AgentPolicy);
        api.MapGet("/me", Me);
        api.MapGet("/escalations", ListAsync);
        api.MapGet("/escalations/{id}", GetAsync);
        api.MapGet("/escalations/{id}/offers", OffersAsync);
        api.MapPost("/escalations/{id}/claim", ClaimAsync);
        api.MapPost("/escalations/{id}/resolve", ResolveAsync);
        api.MapGet("/escalations/{id}/messages", MessagesAsync);
        api.MapPost("/escalations/{id}/messages", SendAsync);
        return api;
    }

    private static string AgentId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static IResult Me(ClaimsPrincipal user, IOptions<AgentOptions> agents)
    {
        var account = agents.Value.Accounts.FirstOrDefault(a => a.Id == AgentId(user));
        return account is null
            ? NoAccount()
            : Results.Ok(new { account.Id, account.DisplayName, account.Supervisor, account.MaxDiscountPercent });
    }

    private static async Task<IResult> ListAsync(
        EscalationService escalations, TimeProvider time, string? status, string? priority, string? language, CancellationToken cancellationToken)
    {
        if (!TryParse<EscalationStatus>(status, out var statusFilter) || !TryParse<EscalationPriority>(priority, out var priorityFilter)
            || !TryParse<Dialogs.Localization.Language>(language, out var languageFilter))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Unknown status, priority or language filter.");
        }

        var now = time.GetUtcNow();
        var open = await escalations.Store.ListOpenAsync(cancellationToken);
        var rows = open
            .Where(e => statusFilter is null || e.Status == statusFilter)
            .Where(e => priorityFilter is null || e.Request.Decision.Priority == priorityFilter)
            .Where(e => languageFilter is null || e.Request.Language == languageFilter)
            .InQueueOrder()
            .Select(e => EscalationListItem.From(e, now))
            .ToList();
        return Results.Ok(rows);
    }

    private static async Task<IResult> GetAsync(string id, EscalationService escalations, ISelfServiceLog selfService, CancellationToken cancellationToken)
    {
        var escalation = await escalations.Store.GetAsync(id, cancellationToken);
        if (escalation is null)
        {
            return NotFound(id);
        }

        var messages = await escalations.Store.GetMessagesAsync(id, 0, cancellationToken);
        var actions = await selfService.ListByConversationAsync(escalation.Request.ConversationId, MaxSelfServiceActions, cancellationToken);
        return Results.Ok(new { escalation = View(escalation), messages, selfService = actions });
    }

    private static async Task<IResult> OffersAsync(
        string id, ClaimsPrincipal user, EscalationService escalations, RetentionPlaybook playbook, IOptions<AgentOptions> agents, CancellationToken cancellationToken)
    {
        var escalation = await escalations.Store.GetAsync(id, cancellationToken);
        if (escalation is null)
        {
            return NotFound(id);
        }

        var account = agents.Value.Accounts.FirstOrDefault(a => a.Id == AgentId(user));
        return account is null ? NoAccount() : Results.Ok(playbook.SuggestFor(escalation, account.MaxDiscountPercent));
    }

    private static async Task<IResult> ClaimAsync(string id, ClaimsPrincipal user, EscalationService escalations, CancellationToken cancellationToken)
        => ToResult(id, await escalations.ClaimAsync(id, AgentId(user), cancellationToken), "It was already claimed or closed.");

    private static async Task<IResult> SendAsync(
        string id, AgentMessageRequest? body, ClaimsPrincipal user, AgentConversation conversation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Text) || body.Text.Length > MaxTextLength)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"text must have 1–{MaxTextLength} characters.");
        }

        var (change, entry) = await conversation.SendAsync(id, AgentId(user), user.FindFirstValue(ClaimTypes.Name)!, body.Text.Trim(), cancellationToken);
        return change.Succeeded ? Results.Ok(entry) : ToResult(id, change, "Only the agent who claimed it can write, while it is open.");
    }

    private static async Task<IResult> ResolveAsync(
        string id, ResolveRequest? body, ClaimsPrincipal user, AgentConversation conversation, IOptions<AgentOptions> agents, CancellationToken cancellationToken)
    {
        if (body is null || !TryParse<EscalationOutcome>(body.Outcome?.Replace("-", string.Empty, StringComparison.Ordinal), out var outcome) || outcome is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                detail: "outcome must be one of retained, refund, replacement, discount, lost, no-response.");
        }

        if (body.Note is { Length: > MaxTextLength })
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"note is longer than {MaxTextLength} characters.");
        }

        if (body.DiscountPercent is { } discount)
        {
            if (discount is < 0 or > 100 || outcome != EscalationOutcome.Discount)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "discountPercent is 0–100, and only with the discount outcome.");
            }

            var account = agents.Value.Accounts.FirstOrDefault(a => a.Id == AgentId(user));
            if (account is null)
            {
                return NoAccount();
            }

            if (discount > account.MaxDiscountPercent && !user.IsInRole(AgentTokenAuthenticationHandler.SupervisorRole))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                    detail: $"A discount above your limit of {account.MaxDiscountPercent}% needs a supervisor.");
            }
        }

        return ToResult(id, await conversation.ResolveAsync(id, AgentId(user), outcome.Value, body.Note, cancellationToken),
            "Only the agent who claimed it can resolve it, and only once.");
    }

    private static async Task<IResult> MessagesAsync(string id, long? after, EscalationService escalations, CancellationToken cancellationToken)
        => await escalations.Store.GetAsync(id, cancellationToken) is null
            ? NotFound(id)
            : Results.Ok(await escalations.Store.GetMessagesAsync(id, after ?? 0, cancellationToken));

    // The case's own status is "escalationStatus": "status" of a problem is the HTTP status (RFC 9457).
    private static IResult ToResult(string id, EscalationChange change, string conflict) => change.Status switch
    {
        EscalationChangeStatus.Done => Results.Ok(View(change.Escalation!)),
        EscalationChangeStatus.NotFound => NotFound(id),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: conflict,
            extensions: new Dictionary<string, object?> { ["escalationStatus"] = change.Escalation?.Status.ToString(), ["claimedBy"] = change.Escalation?.ClaimedBy }),
    };

    // Signed in by a scheme that knows the person (e.g. OpenID Connect) but not configured as an agent here.
    private static IResult NoAccount() => Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "You are not configured as an agent.");

    /// <summary>The case as agents see it: everything but how the bot reaches the customer and the Teams thread.</summary>
    private static JsonObject View(EscalationCase escalation)
    {
        var view = JsonSerializer.SerializeToNode(escalation, ViewJson)!.AsObject();
        foreach (var routing in RoutingProperties)
        {
            view.Remove(routing);
        }

        return view;
    }

    private static IResult NotFound(string id) => Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No escalation {id}.");

    private static bool TryParse<T>(string? value, out T? parsed)
        where T : struct, Enum
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var result) && Enum.IsDefined(result) && !int.TryParse(value, out _))
        {
            parsed = result;
            return true;
        }

        return false;
    }
}
