namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>The JSON form of the invoice answer: where to download it.</summary>
internal sealed record InvoiceLinkDto
{
    public required string InvoiceNumber { get; init; }

    public string? FileName { get; init; }

    public required Uri DownloadUrl { get; init; }
}
