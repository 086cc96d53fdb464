using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Channels;

namespace SupportBot.Bot.Teams;

/// <summary>The Adaptive Card (1.4, built as JSON) an escalation is shown with in Teams: summary, scores, reasons,
/// sentiment, aspects, order, SLA due time, status and — while it can be claimed — a Claim button. Customer text is
/// made inert: Adaptive Cards render a markdown subset in text blocks and fact values.</summary>
public static class EscalationCard
{
    /// <summary>The value of <c>action</c> in the Claim button's data.</summary>
    public const string ClaimAction = "claim";

    /// <summary>The card of <paramref name="escalation"/> as it now stands, as an attachment.</summary>
    public static Attachment For(EscalationCase escalation, string? agentName)
        => new() { ContentType = "application/vnd.microsoft.card.adaptive", Content = Build(escalation, agentName) };

    /// <summary>The card's JSON.</summary>
    public static JObject Build(EscalationCase escalation, string? agentName)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var request = escalation.Request;
        var es = request.Language == Dialogs.Localization.Language.Spanish;
        var t = TeamsTexts.For(request.Language);
        var culture = CultureInfo.GetCultureInfo(es ? "es-ES" : "en-GB");

        var facts = new JArray();
        void Fact(string title, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new JObject { ["title"] = title, ["value"] = value });
            }
        }

        Fact(t.Status, Inert(t.StatusLine(escalation, agentName)));
        Fact("CSAT", request.Csat is { } csat ? string.Format(culture, "{0}/5", csat) : null);
        Fact("NPS", request.Nps is { } nps ? string.Format(culture, "{0}/10", nps) : null);
        Fact(t.Reasons, Inert(string.Join(", ", request.Decision.Reasons.Select(r => EscalationSummary.Reason(r, es)))));
        if (request.Sentiment is { } sentiment)
        {
            Fact(t.Sentiment, t.SentimentName(sentiment.Label) + string.Format(culture, " ({0:0.00})", sentiment.Scores.Negative));
        }

        Fact(t.Aspects, Inert(string.Join(", ", request.Aspects.Select(a => EscalationSummary.Aspect(a, es)))));
        Fact(t.Order, request.OrderId is { } order ? Inert(order + (request.Product is { } product ? " (" + product + ")" : string.Empty)) : null);
        Fact(t.LanguageLabel, t.LanguageName(request.Language));
        var channel = ChannelProfiles.For(request.ChannelId);
        Fact(t.ChannelLabel, Inert(channel.Badge + " " + channel.DisplayName));
        // Adaptive Card date functions: each agent sees the time in their own time zone.
        var due = escalation.SlaDueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Fact(t.Due, "{{DATE(" + due + ",SHORT)}} {{TIME(" + due + ")}}");

        var body = new JArray
        {
            TextBlock(t.Title(request.Decision.Priority), weight: "Bolder", size: "Medium"),
            TextBlock(Inert(escalation.Summary)),
            new JObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        if (request.Sentiment?.WorstSentence is { } worst)
        {
            body.Add(TextBlock(t.WorstSentence, weight: "Bolder"));
            body.Add(TextBlock(Inert(worst.Text.Trim()), subtle: true));
        }

        if (!string.IsNullOrWhiteSpace(request.Comment))
        {
            body.Add(TextBlock(t.Comment, weight: "Bolder"));
            body.Add(TextBlock(Inert(request.Comment), subtle: true));
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = body,
        };
        if (escalation.Status is EscalationStatus.Waiting or EscalationStatus.CallbackRequested)
        {
            card["actions"] = new JArray
            {
                new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = t.Claim,
                    ["data"] = new JObject { ["action"] = ClaimAction, ["escalationId"] = escalation.Id },
                },
            };
        }

        return card;
    }

    /// <summary>Makes bare links unclickable (Teams auto-links them in cards and plain messages): a word joiner after
    /// "://" and in "www.", so a customer cannot plant a clickable link in the agents' channel.</summary>
    public static string Defang(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("://", ":\u2060//", StringComparison.OrdinalIgnoreCase).Replace("www.", "www\u2060.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Longest customer text shown on a card or posted in a thread (characters).</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Text that renders as written in a text block (cut at <see cref="MaxTextLength"/>, bare links defanged): markdown and HTML-significant characters are
    /// backslash-escaped, line breaks become spaces (so only the very start could open a list, heading or quote, and
    /// that is escaped too) and the <c>{{DATE()}}</c> / <c>{{TIME()}}</c> functions cannot be formed.</summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();
        if (flat.Length > MaxTextLength)
        {
            // Teams refuses big cards; the full text is in the console.
            flat = string.Concat(flat.AsSpan(0, MaxTextLength), "…");
        }

        flat = Defang(flat);
        var result = new StringBuilder(flat.Length + 16);
        foreach (var c in flat)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '&' or '|' or '~')
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        // A leading "- ", "+ ", "# " or "1. " / "1) " would make a list item or a heading.
        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        bool EndsMarker(int at) => at >= result.Length || result[at] == ' ';
        if (result.Length > 0 && result[0] is '-' or '+' or '#' && EndsMarker(1))
        {
            result.Insert(0, '\\');
        }
        else if (digits > 0 && digits < result.Length && result[digits] is '.' or ')' && EndsMarker(digits + 1))
        {
            result.Insert(digits, '\\');
        }

        return result.ToString();
    }

    private static JObject TextBlock(string text, string? weight = null, string? size = null, bool subtle = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}
