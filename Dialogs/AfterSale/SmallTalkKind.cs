namespace SupportBot.Dialogs.AfterSale;

/// <summary>What a message made only of small talk does (<see cref="SmallTalk"/>).</summary>
public enum SmallTalkKind
{
    /// <summary>Not small talk: the message asks or says something.</summary>
    None,

    /// <summary>"hola", "buenas tardes", "hello?".</summary>
    Greeting,

    /// <summary>"¡gracias!", "thanks a lot", "ok, perfecto, gracias".</summary>
    Thanks,

    /// <summary>"adiós", "bye", "hasta luego".</summary>
    Farewell,

    /// <summary>"nada, da igual", "never mind", "that's all".</summary>
    NeverMind,
}
