using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>Conversation behaviour chosen by configuration.</summary>
/// <param name="DefaultLanguage">Language used when neither the channel nor the customer's words tell.</param>
/// <param name="BrandName">The shop's name, as the bot introduces itself.</param>
public sealed record ConversationSettings(Language DefaultLanguage, string BrandName);
