namespace SupportBot.Dialogs.Faults;

/// <summary>English.</summary>
public sealed class EnglishFaultTexts : FaultTexts
{
    /// <inheritdoc />
    public override string TemporarilyUnavailable => "We're having trouble right now; please try again in a moment.";
}
