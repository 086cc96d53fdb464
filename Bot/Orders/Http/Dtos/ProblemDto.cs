namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>An RFC 9457 (7807) problem document with the contract's extension members.</summary>
internal sealed record ProblemDto
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public int? Status { get; init; }

    public string? Detail { get; init; }

    /// <summary>The machine-readable reason, e.g. <c>outside_window</c>.</summary>
    public string? Code { get; init; }

    public DateOnly? ReturnBy { get; init; }

    public DateOnly? WarrantyEndsOn { get; init; }

    public string? CaseNumber { get; init; }

    /// <summary>The existing return's number, with <c>already_returned</c>.</summary>
    public string? Rma { get; init; }
}
