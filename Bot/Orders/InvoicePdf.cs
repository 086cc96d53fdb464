using System.Globalization;
using System.Text;

namespace SupportBot.Bot.Orders;

/// <summary>Writes an invoice copy as a small, valid one-page PDF 1.4 (A4, the standard Helvetica fonts in WinAnsi
/// encoding, an uncompressed content stream, a correct cross-reference table) — no PDF library needed.</summary>
public static class InvoicePdf
{
    /// <summary>Most product lines printed; more are summarised in one line.</summary>
    public const int MaxLines = 30;

    private const float Left = 50f;
    private const float Right = 545f;

    /// <summary>The PDF of <paramref name="invoice"/>.</summary>
    public static byte[] Write(InvoiceDocument invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var labels = InvoiceLabels.For(invoice.Language);
        var page = new StringBuilder();
        var y = 790f;

        Text(page, "F2", 20, Left, y, labels.Title);
        Text(page, "F2", 11, 330, y, invoice.SellerName);
        y -= 16;
        Text(page, "F1", 9, 330, y, $"{labels.TaxId}: {invoice.SellerTaxId}");
        y -= 30;
        foreach (var (label, value) in new[]
        {
            (labels.Number, invoice.InvoiceNumber),
            (labels.Date, invoice.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            (labels.Order, invoice.OrderNumber),
            (labels.Customer, invoice.CustomerName),
            (string.Empty, invoice.CustomerPlace),
        })
        {
            Text(page, "F2", 10, Left, y, label);
            Text(page, "F1", 10, 150, y, value);
            y -= 15;
        }

        y -= 15;
        Text(page, "F2", 10, Left, y, labels.Product);
        TextRight(page, "F2", 10, 360, y, labels.Quantity);
        TextRight(page, "F2", 10, 450, y, labels.UnitPrice);
        TextRight(page, "F2", 10, Right, y, labels.Amount);
        y -= 6;
        Rule(page, y);
        y -= 14;
        foreach (var line in invoice.Lines.Take(MaxLines))
        {
            Text(page, "F1", 10, Left, y, Cut(line.Product, 52));
            TextRight(page, "F1", 10, 360, y, line.Quantity.ToString(CultureInfo.InvariantCulture));
            TextRight(page, "F1", 10, 450, y, labels.Money(line.UnitPrice));
            TextRight(page, "F1", 10, Right, y, labels.Money(line.UnitPrice * line.Quantity));
            y -= 14;
        }

        if (invoice.Lines.Count > MaxLines)
        {
            Text(page, "F1", 10, Left, y, $"+ {invoice.Lines.Count - MaxLines} …");
            y -= 14;
        }

        if (invoice.Shipping > 0)
        {
            Text(page, "F1", 10, Left, y, labels.Shipping);
            TextRight(page, "F1", 10, Right, y, labels.Money(invoice.Shipping));
            y -= 14;
        }

        Rule(page, y + 8);
        y -= 8;
        var total = invoice.Total;
        var taxableBase = Math.Round(total / (1 + (invoice.VatPercent / 100m)), 2, MidpointRounding.AwayFromZero);
        foreach (var (label, amount, font) in new[]
        {
            (labels.TaxableBase, taxableBase, "F1"),
            (string.Format(CultureInfo.InvariantCulture, labels.Vat, labels.Number2(invoice.VatPercent).TrimEnd('0').TrimEnd(',', '.')), total - taxableBase, "F1"),
            (labels.Total, total, "F2"),
        })
        {
            TextRight(page, font, 10, 450, y, label);
            TextRight(page, font, 10, Right, y, labels.Money(amount));
            y -= 15;
        }

        Text(page, "F1", 9, Left, 60, labels.Footer);
        return Assemble(page.ToString(), $"{labels.Title} {invoice.InvoiceNumber}");
    }

    private static byte[] Assemble(string content, string title)
    {
        var stream = Encode(content);
        var objects = new List<byte[]>
        {
            Encode("<< /Type /Catalog /Pages 2 0 R >>"),
            Encode("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encode("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
            Encode("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Encode("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
            Encode($"<< /Length {stream.Length} >>\nstream\n").Concat(stream).Concat(Encode("\nendstream")).ToArray(),
            Encode($"<< /Title ({Escape(title)}) /Producer (SupportBot) >>"),
        };

        using var output = new MemoryStream();
        Write(output, "%PDF-1.4\n");
        output.Write([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]); // binary marker comment, so tools treat the file as binary
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Text(StringBuilder page, string font, float size, float x, float y, string text)
        => page.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {x:0.##} {y:0.##} Td ({Escape(text)}) Tj ET\n");

    private static void TextRight(StringBuilder page, string font, float size, float right, float y, string text)
        => Text(page, font, size, right - (Width(text, font == "F2") * size / 1000f), y, text);

    private static void Rule(StringBuilder page, float y)
        => page.Append(CultureInfo.InvariantCulture, $"0.5 w {Left} {y:0.##} m {Right} {y:0.##} l S\n");

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    // Helvetica advance widths (per 1000 em) for what right-aligned cells hold; other characters count as average.
    private static float Width(string text, bool bold) => text.Sum(c => c switch
    {
        >= '0' and <= '9' or '€' or '$' => 556f,
        '.' or ',' or ' ' => 278f,
        '%' => 889f,
        '(' or ')' or '-' => 333f,
        'i' or 'l' or 'I' or 'j' => bold ? 278f : 222f,
        >= 'A' and <= 'Z' => 667f,
        _ => bold ? 611f : 556f,
    });

    // WinAnsiEncoding: Latin-1 for most of it, plus the few Windows-1252 extras an invoice uses.
    private static byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '€' => 0x80,
                '…' => 0x85,
                '‘' => 0x91,
                '’' => 0x92,
                '“' => 0x93,
                '”' => 0x94,
                '–' => 0x96,
                '—' => 0x97,
                var c when c < 0x80 || (c >= 0xA0 && c <= 0xFF) => (byte)c,
                _ => (byte)'?',
            };
        }

        return bytes;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c < ' ' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
