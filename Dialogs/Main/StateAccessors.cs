using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Main;

/// <summary>The state slots, created once at start-up.</summary>
public sealed class StateAccessors
{
    /// <summary>Creates the accessors over the bot's conversation and user state.</summary>
    public StateAccessors(ConversationState conversationState, UserState userState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ConversationState = conversationState;
        UserState = userState;
        DialogStack = conversationState.CreateProperty<DialogStackState>(StateKeys.DialogStack);
        UserProfile = userState.CreateProperty<UserProfile>(StateKeys.UserProfile);
    }

    /// <summary>Conversation state.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>User state.</summary>
    public UserState UserState { get; }

    /// <summary>The dialog stack.</summary>
    public IStatePropertyAccessor<DialogStackState> DialogStack { get; }

    /// <summary>The customer's profile.</summary>
    public IStatePropertyAccessor<UserProfile> UserProfile { get; }
}
