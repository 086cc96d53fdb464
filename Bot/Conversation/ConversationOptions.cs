using System.ComponentModel.DataAnnotations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Conversation;

/// <summary>How the bot talks (section "Conversation").</summary>
public sealed class ConversationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Conversation";

    /// <summary>Language when neither the channel locale nor the customer's words tell: Spanish or English.</summary>
    [EnumDataType(typeof(Language))]
    public Language DefaultLanguage { get; set; } = Language.Spanish;

    /// <summary>The shop's name, as the bot introduces itself.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(60)]
    public string BrandName { get; set; } = "SupportBot";

    /// <summary>Most dialogs on the stack at once; deeper nesting is a bug, and the turn fails politely.</summary>
    [Range(2, 32)]
    public int MaxDialogDepth { get; set; } = 8;
}
