namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>The 201 answer to a return request.</summary>
internal sealed record ReturnCreatedDto
{
    public required string Rma { get; init; }

    public required DateOnly ReturnBy { get; init; }

    public Uri? LabelUrl { get; init; }

    public required bool CustomerPaysShipping { get; init; }
}
