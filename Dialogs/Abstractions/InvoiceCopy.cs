namespace SupportBot.Dialogs.Abstractions;

/// <summary>A copy of an invoice: the document itself, or a link to it, or both.</summary>
/// <param name="InvoiceNumber">Invoice number.</param>
/// <param name="FileName">File name to offer (e.g. <c>factura-F2026-000123.pdf</c>).</param>
/// <param name="Pdf">The PDF, when the shop hands it over directly.</param>
/// <param name="DownloadUrl">Where to download it, when the shop serves it.</param>
public sealed record InvoiceCopy(string InvoiceNumber, string FileName, ReadOnlyMemory<byte> Pdf, Uri? DownloadUrl);
