namespace SupportBot.Dialogs.Main;

/// <summary>Names of the state slots. Persisted: never rename.</summary>
public static class StateKeys
{
    /// <summary>Conversation state: the dialog stack.</summary>
    public const string DialogStack = "dialogStack";

    /// <summary>User state: the customer's profile.</summary>
    public const string UserProfile = "profile";
}
