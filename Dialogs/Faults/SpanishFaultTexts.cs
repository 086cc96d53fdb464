namespace SupportBot.Dialogs.Faults;

/// <summary>Spanish (Spain, "tú").</summary>
public sealed class SpanishFaultTexts : FaultTexts
{
    /// <inheritdoc />
    public override string TemporarilyUnavailable => "Estamos teniendo un problema técnico; inténtalo de nuevo en un momento.";
}
