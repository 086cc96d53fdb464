using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Evaluation;

/// <summary>One row of an evaluation file.</summary>
/// <param name="Label">The gold label: positive, negative or neutral.</param>
/// <param name="Language">The row's language, when the file says.</param>
/// <param name="Text">The text.</param>
public sealed record LabelledText(SentimentLabel Label, Language? Language, string Text);
