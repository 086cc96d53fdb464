using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private const int Survey = 0;
    private const int Question = 1;
    private const int Person = 2;

    private static readonly IReadOnlyList<Choice> MainMenu =
    [
        new("survey", new LocalizedText("Valorar mi compra", "Rate my purchase"),
            ["encuesta", "valorar", "opinion", "feedback", "survey", "rate", "review"]),
        new("question", new LocalizedText("Una pregunta sobre un pedido", "A question about an order"),
            ["pregunta", "pedido", "order", "question", "devolucion", "return", "factura", "invoice"]),
        new("person", new LocalizedText("Hablar con una persona", "Talk to a person"),
            ["persona", "humano", "agente", "human", "agent", "someone", "representative"]),
    ];

    [Theory]
    // exact title, synonym or value, either language
    [InlineData("Valorar mi compra", Survey)]
    [InlineData("valorar mi compra", Survey)]
    [InlineData("RATE MY PURCHASE!", Survey)]
    [InlineData("Una pregunta sobre un pedido", Question)]
    [InlineData("a question about an order", Question)]
    [InlineData("Hablar con una persona", Person)]
    [InlineData("Talk to a person", Person)]
    [InlineData("encuesta", Survey)]
    [InlineData("Opinión", Survey)]
    [InlineData("feedback", Survey)]
    [InlineData("devolución", Question)]
    [InlineData("devolucion", Question)]
    [InlineData("Factura", Question)]
    [InlineData("invoice", Question)]
    [InlineData("humano", Person)]
    [InlineData("agent", Person)]
    [InlineData("person", Person)]
    // position
    [InlineData("1", Survey)]
    [InlineData("2", Question)]
    [InlineData("1.", Survey)]
    [InlineData("#2", Question)]
    [InlineData("3)", Person)]
    [InlineData("opción 2", Question)]
    [InlineData("option 2", Question)]
    [InlineData("option #3", Person)]
    [InlineData("la primera", Survey)]
    [InlineData("primero", Survey)]
    [InlineData("el segundo", Question)]
    [InlineData("tercera", Person)]
    [InlineData("first", Survey)]
    [InlineData("the second one", Question)]
    [InlineData("third", Person)]
    [InlineData("3rd", Person)]
    [InlineData("2º", Question)]
    [InlineData("last", Person)]
    [InlineData("the last one", Person)]
    [InlineData("la última", Person)]
    [InlineData("el ultimo", Person)]
    [InlineData("uno", Survey)]
    [InlineData("one", Survey)]
    [InlineData("dos", Question)]
    [InlineData("three", Person)]
    [InlineData("quiero la segunda opción", Question)]
    [InlineData("me quedo con la tercera", Person)]
    [InlineData("0", null)]
    [InlineData("4", null)]
    [InlineData("cuarta", null)]
    [InlineData("option 7", null)]
    [InlineData("1 o 2", null)]
    [InlineData("una", null)]
    // a title or synonym inside a longer message, longest first
    [InlineData("quiero hablar con una persona, por favor", Person)]
    [InlineData("necesito un agente", Person)]
    [InlineData("can I talk to someone?", Person)]
    [InlineData("I have a question about my order", Question)]
    [InlineData("quiero hacer una devolución", Question)]
    [InlineData("me gustaría dejar mi opinión", Survey)]
    [InlineData("rate my purchase please", Survey)]
    [InlineData("encuesta o agente", null)]
    [InlineData("review my order", null)]
    // the start of a title or synonym
    [InlineData("encu", Survey)]
    [InlineData("hablar", Person)]
    [InlineData("hablar con", Person)]
    [InlineData("talk", Person)]
    [InlineData("devol", Question)]
    [InlineData("una p", null)]
    [InlineData("hab", null)]
    // garbage
    [InlineData("asdf", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("🙃🙃", null)]
    [InlineData("mañana", null)]
    public void Recognize_MainMenu_ReturnsPickedIndex(string? text, int? expected)
    {
        var actual = ChoiceRecognizer.Recognize(text, MainMenu);
        Assert.Equal(expected is not null, actual.Succeeded);
        if (expected is int index)
        {
            Assert.Equal(index, actual.Value);
        }
    }

    [Theory]
    [InlineData("primera compra", 1)]
    [InlineData("primera", 1)]
    [InlineData("1", 0)]
    [InlineData("the first one", 1)]
    public void Recognize_OrdinalInsideATitle_ReadsAsTitle(string text, int expected)
    {
        IReadOnlyList<Choice> choices =
        [
            new("repeat", new LocalizedText("Repetir pedido", "Repeat order"), []),
            new("first", new LocalizedText("Primera compra", "The first one"), []),
        ];

        var actual = ChoiceRecognizer.Recognize(text, choices);

        Assert.True(actual.Succeeded);
        Assert.Equal(expected, actual.Value);
    }

    [Fact]
    public void Recognize_NoChoices_GivesNothing() =>
        Assert.False(ChoiceRecognizer.Recognize("1", []).Succeeded);

    [Theory]
    [InlineData("Valorar mi compra")]
    [InlineData("quiero hablar con un agente")]
    [InlineData("la segunda")]
    [InlineData("3")]
    [InlineData("7")]
    [InlineData("encu")]
    [InlineData("hablar con")]
    [InlineData("the last one")]
    [InlineData("pedido y persona")]
    [InlineData("")]
    [InlineData("🙂")]
    public void Recognize_WithPreparedChoices_ReadsAsWithTheList(string text)
    {
        var prepared = ChoiceRecognizer.Prepare(MainMenu);

        var expected = ChoiceRecognizer.Recognize(text, MainMenu);
        var actual = ChoiceRecognizer.Recognize(text, prepared);

        Assert.Equal(expected.Succeeded, actual.Succeeded);
        Assert.Equal(expected.Succeeded ? expected.Value : -1, actual.Succeeded ? actual.Value : -1);
        Assert.Same(MainMenu, prepared.Choices);
        // Used again, the prepared phrases read the same.
        Assert.Equal(actual.Succeeded, ChoiceRecognizer.Recognize(text, prepared).Succeeded);
    }
}
