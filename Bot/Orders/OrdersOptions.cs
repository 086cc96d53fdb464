using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Orders;

/// <summary>Order self-service: where orders come from and the shop's return policy (section "Orders").</summary>
public sealed class OrdersOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Orders";

    /// <summary>Where orders come from.</summary>
    [EnumDataType(typeof(OrderProvider))]
    public OrderProvider Provider { get; set; } = OrderProvider.Demo;

    /// <summary>The demo store's SQLite file (relative paths are relative to the content root); created and seeded on
    /// first use. Delete it to seed again with dates around today.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/orders.db";

    /// <summary>SQLite file of the self-service action log agents see (relative to the content root); may be the
    /// escalations' file.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ActionLogPath { get; set; } = "data/supportbot.db";

    /// <summary>Where the self-service action log is kept: the SQLite file <see cref="ActionLogPath"/> (the default) or
    /// Redis (several instances; the default when <c>Redis:ConnectionString</c> is set).</summary>
    [EnumDataType(typeof(SelfServiceLogStore))]
    public SelfServiceLogStore ActionLogStore { get; set; } = SelfServiceLogStore.Sqlite;

    /// <summary>Days after delivery a product can be returned.</summary>
    [Range(1, 365)]
    public int ReturnWindowDays { get; set; } = 30;

    /// <summary>Days the customer has, once a return is authorised, to hand the parcel to the carrier.</summary>
    [Range(1, 90)]
    public int ReturnShipWithinDays { get; set; } = 14;

    /// <summary>Return shipping is free whatever the reason; otherwise the shop pays only for defective, damaged or
    /// wrong items and the customer pays for a change of mind.</summary>
    public bool FreeReturns { get; set; }

    /// <summary>Where prepaid return labels are downloaded: the RMA number and <c>.pdf</c> are appended.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ReturnLabelBaseUrl { get; set; } = "https://shop.example.com/returns/labels/";

    /// <summary>Seller's name printed on invoices.</summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(80)]
    public string ShopName { get; set; } = "SupportBot Shop S.L.";

    /// <summary>Seller's tax id (NIF/CIF) printed on invoices.</summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(20)]
    public string ShopTaxId { get; set; } = "B00000000";

    /// <summary>VAT rate included in the prices (percent), shown broken down on invoices.</summary>
    [Range(0, 50)]
    public decimal VatPercent { get; set; } = 21m;

    /// <summary>Key that signs the invoice download links the bot serves in Microsoft Teams (at least 32 characters).
    /// Empty: a random key per process (links die with the process and one instance does not honour another's).</summary>
    public string? InvoiceLinkKey { get; set; }

    /// <summary>How long an invoice download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Orders:InvoiceLinkLifetime must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan InvoiceLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The public https origin the bot is reached at, for invoice download links; empty: <c>DirectLine:PublicBaseUrl</c>;
    /// neither: no links (Teams customers are told where else to get the invoice).</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(InvoiceLinkKey) && InvoiceLinkKey.Trim().Length < 32)
        {
            yield return new ValidationResult("Orders:InvoiceLinkKey must be at least 32 characters (or empty for a random per-process key).", [nameof(InvoiceLinkKey)]);
        }

        if (PublicBaseUrl is not null && (!PublicBaseUrl.IsAbsoluteUri || (PublicBaseUrl.Scheme != Uri.UriSchemeHttps && PublicBaseUrl.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Orders:PublicBaseUrl must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }

        if (!Uri.TryCreate(ReturnLabelBaseUrl, UriKind.Absolute, out var labels) || (labels.Scheme != Uri.UriSchemeHttps && labels.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Orders:ReturnLabelBaseUrl must be an absolute http(s) URL.", [nameof(ReturnLabelBaseUrl)]);
        }
    }
}
