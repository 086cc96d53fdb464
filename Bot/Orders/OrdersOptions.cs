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

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ReturnLabelBaseUrl, UriKind.Absolute, out var labels) || (labels.Scheme != Uri.UriSchemeHttps && labels.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Orders:ReturnLabelBaseUrl must be an absolute http(s) URL.", [nameof(ReturnLabelBaseUrl)]);
        }
    }
}
