using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>The language for this turn, and whether the message was only a request to switch to it.</summary>
/// <param name="Language">The language to speak.</param>
/// <param name="SwitchRequested">True when the message asked to change language ("English please").</param>
public readonly record struct LanguageDecision(Language Language, bool SwitchRequested);
