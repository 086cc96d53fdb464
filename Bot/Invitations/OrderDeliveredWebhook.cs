using Microsoft.Extensions.Options;
using SupportBot.Bot.Http;

namespace SupportBot.Bot.Invitations;

/// <summary><c>POST /api/events/order-delivered</c>: the shop tells the bot an order was delivered, signed with
/// <c>Invitations:WebhookSecret</c> (<see cref="WebhookSignature"/>). <c>202</c> with the new schedule; the same order
/// again: <c>200</c> with the schedule it already has (one schedule per order); <c>401</c> unsigned, wrongly signed or
/// stale; <c>400</c> a body that is not the contract; <c>404</c> when no secret is configured (the webhook is off).</summary>
public static class OrderDeliveredWebhook
{
    /// <summary>The route.</summary>
    public const string Route = "/api/events/order-delivered";

    /// <summary>Largest body accepted.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Maps the route.</summary>
    public static IEndpointConventionBuilder MapOrderDeliveredWebhook(this IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(Route, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http, IInvitationStore store, IOptions<InvitationOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.WebhookEnabled)
        {
            return Results.Problem(
                "The order-delivered webhook is off: set Invitations:WebhookSecret to turn it on.", statusCode: StatusCodes.Status404NotFound, title: "Not Found");
        }

        var body = await RequestBody.ReadAsync(http, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Problem($"The body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large");
        }

        var now = time.GetUtcNow();
        if (WebhookSignature.Check(
                settings.WebhookSecret!,
                http.Request.Headers[WebhookSignature.SignatureHeader],
                http.Request.Headers[WebhookSignature.TimestampHeader],
                body,
                now,
                settings.SignatureTolerance) is { } refusal)
        {
            return Results.Problem(refusal, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var (delivered, error) = OrderDeliveredEvent.Read(body);
        if (delivered is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");
        }

        var channelId = (await store.GetReferenceAsync(delivered.CustomerId, cancellationToken))?.ChannelId;
        var (schedule, created) = await store.AddAsync(new ScheduledInvitation
        {
            OrderId = delivered.OrderId,
            CustomerId = delivered.CustomerId,
            DeliveredAt = delivered.DeliveredAt,
            Language = delivered.Language,
            TimeZone = delivered.TimeZone,
            CreatedAt = now,
            DueAt = delivered.DeliveredAt + settings.DelayFor(channelId),
            Stage = InvitationStage.Invitation,
            State = InvitationState.Pending,
        }, cancellationToken);
        var view = new
        {
            schedule.OrderId,
            schedule.CustomerId,
            schedule.DeliveredAt,
            State = schedule.State.ToString(),
            Stage = schedule.Stage.ToString(),
            schedule.DueAt,
            schedule.Reason,
        };
        return created ? Results.Json(view, statusCode: StatusCodes.Status202Accepted) : Results.Ok(view);
    }
}
