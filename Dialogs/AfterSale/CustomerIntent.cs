namespace SupportBot.Dialogs.AfterSale;

/// <summary>What a customer wants from after-sale support. Persisted and reported by its stable snake_case name
/// (<see cref="IntentNames"/>), never by the member name or number.</summary>
public enum CustomerIntent
{
    /// <summary>Nothing the support bot acts on: greetings, thanks, chit-chat, gibberish, a lone emoji.</summary>
    None,

    /// <summary>Where an existing order or parcel is: tracking, delays, "delivered but not received", a missing item.</summary>
    OrderStatus,

    /// <summary>Return, exchange or refund of a product, including the state of a return and cancelling a return.</summary>
    Return,

    /// <summary>A broken or faulty product, repair or replacement, warranty cover, technical service.</summary>
    Warranty,

    /// <summary>The invoice document: a copy, company details, tax IDs, VAT, credit notes, receipts.</summary>
    Invoice,

    /// <summary>General questions (shipping costs, payment methods, hours, sizes, account) and payment problems.</summary>
    Faq,

    /// <summary>An opinion, rating, review, praise or general complaint without a specific request.</summary>
    Feedback,

    /// <summary>A person: agent, operator, supervisor, a phone call.</summary>
    Human,

    /// <summary>Cancelling an order, a subscription or the account, or leaving the shop (churn, retention escalation).</summary>
    Cancel,
}
