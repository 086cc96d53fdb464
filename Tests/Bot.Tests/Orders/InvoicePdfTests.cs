using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SupportBot.Bot.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Invoice copies: a structurally valid PDF, in the customer's language, with the lines and totals.</summary>
public sealed partial class InvoicePdfTests : IDisposable
{
    private readonly OrderStoreFixture _shop = new();

    public void Dispose() => _shop.Dispose();

    [Fact]
    public async Task SpanishCustomer_GetsAFacturaInSpanish()
    {
        var copy = await _shop.Store.GetInvoiceAsync("400101", OrderStoreFixture.Caller(), default);

        Assert.NotNull(copy);
        Assert.Matches(@"^F2026-\d{6}$", copy.InvoiceNumber);
        Assert.Equal($"factura-{copy.InvoiceNumber}.pdf", copy.FileName);
        var text = AssertValidPdf(copy.Pdf.ToArray());
        Assert.Contains(copy.InvoiceNumber, text, StringComparison.Ordinal);
        Assert.Contains("(FACTURA)", text, StringComparison.Ordinal);
        Assert.Contains("(Base imponible)", text, StringComparison.Ordinal);
        Assert.Contains("(IVA \\(21 %\\))", text, StringComparison.Ordinal);
        Assert.Contains("(Lucía Martín García)", text, StringComparison.Ordinal);
        Assert.Contains("(Auriculares Bluetooth Nimbus X2, negros)", text, StringComparison.Ordinal);
        Assert.Contains("(89,99 €)", text, StringComparison.Ordinal);
        Assert.Contains("(74,37 €)", text, StringComparison.Ordinal); // 89.99 / 1.21
        Assert.Contains("(15,62 €)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("INVOICE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishCustomer_GetsAnInvoiceInEnglish()
    {
        var copy = await _shop.Store.GetInvoiceAsync("400108", OrderStoreFixture.Caller(), default);

        Assert.NotNull(copy);
        Assert.Equal($"invoice-{copy.InvoiceNumber}.pdf", copy.FileName);
        var text = AssertValidPdf(copy.Pdf.ToArray());
        Assert.Contains(copy.InvoiceNumber, text, StringComparison.Ordinal);
        Assert.Contains("(INVOICE)", text, StringComparison.Ordinal);
        Assert.Contains("(Taxable base)", text, StringComparison.Ordinal);
        Assert.Contains("(Emily Johnson)", text, StringComparison.Ordinal);
        Assert.Contains("(EH1 2NG Edinburgh)", text, StringComparison.Ordinal);
        Assert.Contains("(€129.00)", text, StringComparison.Ordinal);
        Assert.Contains("(€4.95)", text, StringComparison.Ordinal); // shipping
        Assert.Contains("(€163.45)", text, StringComparison.Ordinal); // 129.00 + 29.50 + 4.95
        Assert.DoesNotContain("FACTURA", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatLooksLikePdfSyntax_IsEscaped()
    {
        var pdf = InvoicePdf.Write(new InvoiceDocument
        {
            InvoiceNumber = "F2026-000001",
            IssuedOn = new DateOnly(2026, 12, 1),
            OrderNumber = "1",
            Language = Dialogs.Localization.Language.English,
            SellerName = "Shop",
            SellerTaxId = "B1",
            CustomerName = "Evil) Tj ET (x\\",
            CustomerPlace = "X",
            Lines = [new("S", "Pack (2) 日本", 1, 1m, 24)],
        });

        var text = AssertValidPdf(pdf);
        Assert.Contains("(Evil\\) Tj ET \\(x\\\\)", text, StringComparison.Ordinal);
        Assert.Contains("(Pack \\(2\\) ??)", text, StringComparison.Ordinal);
    }

    /// <summary>Checks the header, that every cross-reference entry points at its object and that startxref points at
    /// the table; returns the file as WinAnsi (Latin-1 plus €) text.</summary>
    private static string AssertValidPdf(byte[] pdf)
    {
        Assert.Equal("%PDF-1.", Encoding.ASCII.GetString(pdf, 0, 7));
        var text = Encoding.Latin1.GetString(pdf).Replace('\u0080', '€');
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
        var startXref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n", text[startXref..], StringComparison.Ordinal);
        var entries = XrefEntry().Matches(text[startXref..]);
        Assert.NotEmpty(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i + 1} 0 obj", text[offset..], StringComparison.Ordinal);
        }

        var length = int.Parse(StreamLength().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var streamStart = text.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length;
        Assert.StartsWith("\nendstream", text[(streamStart + length)..], StringComparison.Ordinal);
        return text;
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Length (\d+) >>")]
    private static partial Regex StreamLength();
}
