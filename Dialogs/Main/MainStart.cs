namespace SupportBot.Dialogs.Main;

/// <summary>How the main dialog starts when begun by a command rather than by a customer's message.</summary>
public sealed class MainStart
{
    /// <summary>A menu value (<see cref="MainMenu"/>) to go straight to, instead of routing the message text.</summary>
    public string? Route { get; set; }

    /// <summary>Offer the menu without a greeting (after "cancel" or "help").</summary>
    public bool SkipGreeting { get; set; }

    /// <summary>The order a survey started by <see cref="Route"/> is about (a shop's "rate your order" link).</summary>
    public string? OrderId { get; set; }
}
