namespace SupportBot.Dialogs.Channels;

/// <summary>One answer offered with a button: the title shown and the text the button would have sent.</summary>
/// <param name="Title">What the customer reads.</param>
/// <param name="Value">What the bot receives when it is picked.</param>
public sealed record CardOption(string Title, string Value);
