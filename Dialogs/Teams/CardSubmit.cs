using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Teams;

/// <summary>A button pressed on a card: an Adaptive Card <c>Action.Submit</c> (or a <c>messageBack</c> without text)
/// arrives as a message whose <c>Text</c> is empty and whose <c>Value</c> carries the button's data. The answer is read
/// from the data's <c>answer</c>, <c>text</c> or <c>value</c> field (a string, number or boolean), or from a bare string
/// value — the text the button stands for, as if the customer had typed it.</summary>
public static class CardSubmit
{
    /// <summary>The data field the bot's own buttons put their answer in (<see cref="TeamsChoiceCard"/>).</summary>
    public const string AnswerField = "answer";

    private static readonly string[] Fields = [AnswerField, "text", "value"];

    /// <summary>Longest answer taken from a card's data (characters); a longer one is no button's.</summary>
    public const int MaxLength = 1000;

    /// <summary>The answer a card button carried, or null when <paramref name="activity"/> is not a card submit: not a
    /// message, a message with text, or data without an answer.</summary>
    public static string? TextOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity message || !string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }

        var answer = message.Value switch
        {
            JObject data => Fields.Select(f => Scalar(data[f])).FirstOrDefault(a => a is not null),
            JValue value => Scalar(value),
            string text => text,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(answer) || answer.Length > MaxLength ? null : answer.Trim();
    }

    /// <summary>Whether <paramref name="activity"/> is a card button press that carries an answer.</summary>
    public static bool IsSubmit(IActivity activity) => TextOf(activity) is not null;

    private static string? Scalar(JToken? token) => token switch
    {
        JValue { Type: JTokenType.Boolean } flag => (bool)flag ? "true" : "false",
        JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Float } value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => null,
    };
}
