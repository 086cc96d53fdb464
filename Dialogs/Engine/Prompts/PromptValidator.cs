using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>Checks a recognised answer; returns null when it is acceptable, otherwise what to tell the customer.</summary>
/// <typeparam name="TValue">The answer's type.</typeparam>
public delegate LocalizedText? PromptValidator<in TValue>(TValue value);
