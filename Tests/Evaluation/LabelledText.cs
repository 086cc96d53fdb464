using SupportBot.Dialogs.Localization;

namespace SupportBot.Evaluation;

/// <summary>One row of an evaluation file.</summary>
/// <typeparam name="TLabel">The label type: a sentiment or an intent.</typeparam>
/// <param name="Label">The gold label.</param>
/// <param name="Language">The row's language, when the file says.</param>
/// <param name="Text">The text.</param>
public sealed record LabelledText<TLabel>(TLabel Label, Language? Language, string Text);
