namespace SupportBot.Dialogs.Engine;

/// <summary>State of a waterfall that remembers nothing between steps.</summary>
public sealed class NoState
{
}
