using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Orders;

/// <summary>The words printed on an invoice copy, Spanish or English, and how amounts are written.</summary>
public sealed record InvoiceLabels
{
    /// <summary>Spanish (Spain).</summary>
    public static readonly InvoiceLabels Spanish = new()
    {
        Title = "FACTURA", Number = "N.º de factura", Date = "Fecha", Order = "Pedido", Customer = "Cliente", TaxId = "NIF",
        Product = "Producto", Quantity = "Cant.", UnitPrice = "Precio", Amount = "Importe", Shipping = "Gastos de envío",
        TaxableBase = "Base imponible", Vat = "IVA ({0} %)", Total = "Total", Footer = "Precios con IVA incluido. Gracias por tu compra.",
        FilePrefix = "factura", DecimalSeparator = ",", GroupSeparator = ".", CurrencyAfter = true,
    };

    /// <summary>English.</summary>
    public static readonly InvoiceLabels English = new()
    {
        Title = "INVOICE", Number = "Invoice no.", Date = "Date", Order = "Order", Customer = "Customer", TaxId = "Tax ID",
        Product = "Product", Quantity = "Qty", UnitPrice = "Unit price", Amount = "Amount", Shipping = "Shipping",
        TaxableBase = "Taxable base", Vat = "VAT ({0}%)", Total = "Total", Footer = "Prices include VAT. Thank you for your order.",
        FilePrefix = "invoice", DecimalSeparator = ".", GroupSeparator = ",", CurrencyAfter = false,
    };

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>"Invoice number".</summary>
    public required string Number { get; init; }

    /// <summary>"Date".</summary>
    public required string Date { get; init; }

    /// <summary>"Order".</summary>
    public required string Order { get; init; }

    /// <summary>"Customer".</summary>
    public required string Customer { get; init; }

    /// <summary>"Tax id".</summary>
    public required string TaxId { get; init; }

    /// <summary>Column: product.</summary>
    public required string Product { get; init; }

    /// <summary>Column: quantity.</summary>
    public required string Quantity { get; init; }

    /// <summary>Column: unit price.</summary>
    public required string UnitPrice { get; init; }

    /// <summary>Column: line amount.</summary>
    public required string Amount { get; init; }

    /// <summary>"Shipping".</summary>
    public required string Shipping { get; init; }

    /// <summary>"Taxable base".</summary>
    public required string TaxableBase { get; init; }

    /// <summary>"VAT ({0}%)", {0} the rate.</summary>
    public required string Vat { get; init; }

    /// <summary>"Total".</summary>
    public required string Total { get; init; }

    /// <summary>The closing line.</summary>
    public required string Footer { get; init; }

    /// <summary>File name prefix ("factura", "invoice").</summary>
    public required string FilePrefix { get; init; }

    /// <summary>Decimal separator of amounts.</summary>
    public required string DecimalSeparator { get; init; }

    /// <summary>Thousands separator of amounts.</summary>
    public required string GroupSeparator { get; init; }

    /// <summary>"12,50 €" (true) or "€12.50" (false).</summary>
    public bool CurrencyAfter { get; init; }

    /// <summary>The labels for <paramref name="language"/>.</summary>
    public static InvoiceLabels For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>The file name of invoice <paramref name="invoiceNumber"/>'s copy.</summary>
    public string FileName(string invoiceNumber) => $"{FilePrefix}-{invoiceNumber}.pdf";

    /// <summary>An amount in euros as this language writes it.</summary>
    public string Money(decimal amount)
    {
        var number = Number2(amount);
        return CurrencyAfter ? number + " €" : "€" + number;
    }

    /// <summary>A number with two decimals in this language's separators.</summary>
    public string Number2(decimal amount)
    {
        var invariant = Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        return invariant.Replace(",", "\u0001", StringComparison.Ordinal).Replace(".", DecimalSeparator, StringComparison.Ordinal)
            .Replace("\u0001", GroupSeparator, StringComparison.Ordinal);
    }
}
