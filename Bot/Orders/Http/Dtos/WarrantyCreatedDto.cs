namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>The 201 answer to a warranty claim.</summary>
internal sealed record WarrantyCreatedDto
{
    public required string CaseNumber { get; init; }

    public DateOnly? WarrantyEndsOn { get; init; }
}
