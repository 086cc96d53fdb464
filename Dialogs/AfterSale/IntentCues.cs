namespace SupportBot.Dialogs.AfterSale;

/// <summary>The evidence table of <see cref="IntentRecognizer"/>, in Spanish and English (both always active, so mixed
/// messages work). Patterns are normalized: lower case, no accents, contractions joined ("dont", "wheres", "im").
/// Weights: 4–7 a phrase that names the intent on its own ("factura", "agente", "cancelo"), 2–3 a strong hint,
/// 1–1.5 a hint that only counts together with another (or against small talk, which has cues of its own). Churn
/// phrases are not repeated here: <see cref="Survey.ChurnDetector"/> adds its own evidence for
/// <see cref="CustomerIntent.Cancel"/>.</summary>
internal static class IntentCues
{
    /// <summary>Every cue, strongest first.</summary>
    public static IReadOnlyList<IntentCue> All { get; } = [.. Build().OrderByDescending(c => c.Weight)];

    private static List<IntentCue> Build()
    {
        var cues = new List<IntentCue>();
        void Add(CustomerIntent intent, double weight, params string[] patterns)
            => cues.AddRange(patterns.Select(p => IntentCue.Parse(intent, weight, p)));

        // Where is my order.
        Add(CustomerIntent.OrderStatus, 3, "donde esta mi", "donde esta el pedido", "donde esta mi pedido",
            "donde anda", "no ha llegado", "no me ha llegado", "no han llegado", "no llega", "no llego", "todavia no",
            "aun no", "sigue sin llegar", "cuando llega", "cuando me llega", "cuando lo recibo", "cuando llegara",
            "cuando recibo", "seguimiento", "tracking", "track", "rastreo", "rastrear", "estado del pedido",
            "estado de mi pedido", "estado envio", "estado del envio", "entregado pero", "se ha perdido", "se perdio",
            "se supone que llegaba", "wheres my", "where is my", "wheres the", "where is it", "hasnt arrived",
            "havent received", "not arrived", "not received", "never arrived", "still hasnt", "still not here",
            "when will i get", "when will my", "when is my", "supposed to arrive", "order status", "delivered but",
            "sorting hub", "in transit", "en transito", "me falta un", "falta un articulo", "missing from my order",
            "is missing", "llevo una semana esperando", "been waiting", "sigue en preparacion", "still says processing",
            "salio mi pedido", "del almacen", "demoro", "retraso*", "delay*", "reschedule", "the depot", "no ha venido",
            "no vino", "didnt show up", "never showed up", "didnt come", "no ha pasado", "en reparto",
            "out for delivery", "deberia haber llegado", "should have been here", "by now", "any update",
            "alguna novedad", "update on my", "status of my", "llevo ... dias", "been ... days", "se nada de",
            "heard anything", "hasnt shipped", "not shipped", "sin salir", "la mitad del pedido", "half my order",
            "cuando me traen", "cuando traen", "being delivered", "when does it arrive", "aduana*", "customs",
            "ni rastro", "no sign of it", "direccion de entrega", "delivery address", "cuanto falta", "pa que llegue",
            "para que llegue", "gets here", "get here", "stuck", "atascad*", "donde esta", "been ... weeks",
            "llevo ... semanas", "pasaron ... semanas", "pasaron ... dias");
        Add(CustomerIntent.OrderStatus, 2, "mi pedido", "my order", "mi paquete", "my package", "my parcel",
            "repartidor", "mensajero", "courier", "driver", "entregado", "delivered", "llegar*", "llega", "llego",
            "arrive*", "recibido", "esperando", "waiting", "buzon", "mailbox", "mi envio", "mi compra", "my stuff",
            "still nothing", "todavia nada", "mi order", "el pedido", "shipment", "shipped", "traen", "traeis",
            "entrega", "entregan", "reparto", "deliver*", "mi orden", "en que estado", "cartero", "postman", "mailman",
            "transportista", "carrier", "direccion", "address", "no estaba", "was out", "wasnt home", "not home",
            "enviado", "y nada", "and nothing");
        Add(CustomerIntent.OrderStatus, 5, "punto de recogida", "pickup point", "pick up point", "collection point");
        Add(CustomerIntent.OrderStatus, 5, "numero de seguimiento", "codigo de seguimiento", "enlace de seguimiento",
            "tracking number", "tracking code", "tracking link", "dia de entrega", "fecha de entrega", "hora de entrega",
            "delivery date", "delivery day", "delivery slot", "cambiar la entrega", "change the delivery", "no estoy en casa",
            "no estare en casa", "wont be home", "wont be in", "not be home", "centro de distribucion", "centro logistico",
            "distribution centre", "distribution center", "status of order", "status of the order", "esta parado",
            "sigue parado", "hasnt moved", "not moving");
        Add(CustomerIntent.OrderStatus, 2, "status", "estado de");
        // The parcel came back to the shop: a delivery problem, not the customer's return.
        Add(CustomerIntent.OrderStatus, 8, "returned to sender", "return to sender", "devuelto al remitente", "devuelta al remitente",
            "devuelto a origen", "returned to the warehouse");
        Add(CustomerIntent.OrderStatus, 1, "pedido", "order", "paquete", "package", "parcel", "envio", "hoy", "today");

        // Returns, exchanges, refunds.
        Add(CustomerIntent.Return, 4, "!devol*", "!devuelv*", "!reembols*", "!refund*", "!return*", "!descambi*",
            "!regresar", "!regresarlo", "!send it back", "!send something back", "!sent back", "!send back",
            "!exchange*", "!swap", "!cambi* ... talla", "!cambi* ... color", "!cambi* ... colour", "!cambi* ... size",
            "otra talla", "another size", "different size", "otro color", "another colour", "another color",
            "!money back", "no quiero otro", "not a replacement", "dont want a replacement",
            "sent me something i didnt order", "wrong colour", "wrong color", "wrong size", "talla equivocada",
            "color equivocado", "de vuelta", "arrepenti*", "changed my mind", "que no pedi", "i didnt order",
            "equivoc* de talla", "equivoc* ... talla", "no era lo que esperaba", "not what i expected",
            "!send ... back", "!sending ... back", "!mand* ... de vuelta", "!pido un cambio", "!pedir un cambio",
            "!request an exchange");
        Add(CustomerIntent.Return, 4, "cancel* ... devol*", "cancel* ... return*", "anul* ... devol*");
        // Where to hand a return in, not where a parcel is: "¿puedo dejar la devolución en un punto de recogida?".
        Add(CustomerIntent.Return, 5, "!devol* ... punto", "!return* ... point", "!return* ... drop off", "drop off ... return*",
            "!devol* ... oficina", "!devol* ... tienda", "!return* ... store", "!return* ... post office");
        Add(CustomerIntent.Return, 5, "!right of withdrawal", "!withdraw from", "!derecho de desistimiento", "!desistimiento",
            "!desistir");
        Add(CustomerIntent.Return, 2, "!dinero", "!plata", "!cambiar", "etiqueta", "label", "me queda pequeno",
            "me queda grande", "no me queda", "too small", "too big", "doesnt fit", "no me gusta", "dont like",
            "!cambi* por", "recoger", "collect", "pickup", "pick up", "regalo", "gift", "me esta grande",
            "me esta pequen*", "me va grande", "me va pequen*", "la cambio", "lo cambio", "cambiarlo", "cambiarla",
            "change it", "too large", "me queda", "enorme", "way too", "no me convence", "not convinced", "cambio");

        // Faulty products and warranty.
        Add(CustomerIntent.Warranty, 4, "garantia", "warranty", "guarantee", "servicio tecnico", "technical service",
            "repair centre", "repair center");
        Add(CustomerIntent.Warranty, 3, "!reparar", "!repararlo", "!repararla", "!reparen", "!reparais", "!reparan",
            "!reparacion", "!reparado", "!repair*", "!arregl*", "!fix", "!replace*", "!sustitu*", "no funciona",
            "no funcionan", "dejo de funcionar", "dejaron de funcionar", "ha dejado de funcionar", "no enciende",
            "no arranca", "no carga", "dont work", "doesnt work", "not working", "stopped working", "wont turn on",
            "doesnt turn on", "wont charge", "estropead*", "averi*", "defectuos*", "defect*", "faulty", "falla",
            "pixeles muertos", "dead pixels", "get it serviced", "covered", "cubre", "dejo de", "stopped", "no enfria",
            "no calienta", "no imprime", "no conecta", "no se conecta", "no anda", "no sirve", "no lee", "no gira",
            "isnt cooling", "isnt heating", "wont print", "wont connect", "doesnt charge", "doesnt connect",
            "not charging", "not cooling", "not heating", "cracked", "agrietad*", "rajad*", "se escucha mal",
            "se escucha fatal", "suena mal", "suena fatal", "sounds bad", "sounds awful", "desde el primer dia",
            "since day one", "from day one", "service center", "service centre", "centro de servicio", "chispas",
            "sparking", "sparks", "colgado", "se cuelga", "freezing", "freezes", "se despego", "despegad*", "came off",
            "fell off", "de fabrica", "manufacturing", "es nuevo", "brand new", "recien comprad*", "no enfoca",
            "wont focus", "no responde", "not responding", "no abre", "wont open", "no cierra", "wont close",
            "no funciona bien", "doesnt work properly", "va fatal", "really slow", "no prende", "ya no prende", "died",
            "no longer works", "ya no funciona", "descosid*", "came apart", "seams", "costura*", "se murio");
        Add(CustomerIntent.Warranty, 2, "roto","error code", "codigo de error", "error e*", "no desagua", "wont drain", "doesnt drain",
            "not draining", "no centrifuga", "wont spin", "hace hielo", "se estropea", "se me estropea", "fuga",  "rota", "rotos", "se ha roto", "se rompio", "broken", "broke",
            "pierde agua", "leak*", "se calienta", "overheat*", "quemado", "burning", "bateria", "battery",
            "se ha parado", "reinici*", "restart*", "flicker*", "parpade*", "ruido", "noise", "no suena", "solo suenan",
            "only play*", "teclas", "keys", "lines across", "rayas", "se apaga", "shuts off", "pantalla", "screen",
            "zip", "zipper", "cremallera", "se apago");
        Add(CustomerIntent.Warranty, 1.5, "impresora", "printer", "aire acondicionado", "air conditioner", "altavoz",
            "speaker", "movil", "celular", "phone", "portatil", "laptop", "tele", "tv", "tablet", "nevera", "fridge",
            "lavadora", "washing machine", "cafetera", "coffee machine", "plancha", "iron", "aspiradora", "vacuum",
            "auriculares", "headphones", "reloj", "watch", "camara", "camera", "horno", "oven", "microondas",
            "microwave", "batidora", "blender", "secador", "dryer", "consola", "console", "teclado", "keyboard",
            "raton", "mouse", "monitor", "router", "producto", "product", "aparato", "device", "ordenador", "computer",
            "pc", "suela", "sole");

        // The invoice document.
        Add(CustomerIntent.Invoice, 6, "factur*", "factura", "facturas", "facturacion", "invoice*", "receipt*",
            "justificante", "proof of purchase", "el recibo", "un recibo", "recibo de", "ticket de compra",
            "credit note", "nota de credito", "factura rectificativa");
        Add(CustomerIntent.Invoice, 2, "iva", "vat", "nif", "cif", "tax id", "abono", "bill", "desglosado",
            "datos fiscales", "a nombre de", "in the name", "billing details", "importe", "amount", "pdf");

        // General questions and payment problems.
        Add(CustomerIntent.Faq, 3, "gastos de envio", "envio gratis", "envios gratis", "free shipping", "free delivery",
            "no tengo pedido", "no order", "shipping cost*", "how much is shipping", "cuanto cuesta el envio",
            "metodos de pago", "formas de pago", "payment methods", "aceptais", "do you accept", "do you take",
            "do u take", "bizum", "paypal", "apple pay", "google pay", "a plazos", "instalment*", "installment*",
            "horario", "opening hours", "hours", "abris", "abren", "are you open", "open on", "contrasena", "password",
            "no puedo entrar", "cant log in", "login", "log in", "iniciar sesion", "newsletter", "codigo de descuento",
            "descuento", "discount", "promo code", "cupon", "coupon", "plazo de entrega", "delivery time",
            "cuanto tarda", "how long does shipping", "how long does delivery", "mismo dia", "same day",
            "haceis envios", "envios a", "ship to", "ship internationally", "deliver to", "tienda fisica",
            "tiendas fisicas", "store near", "physical store", "guia de tallas", "size chart", "size guide", "my size",
            "mi talla", "que talla", "run small", "run big", "grande o pequena", "big or small", "true to size",
            "talla ... grande o pequena", "cobrado dos veces", "cobrasteis dos veces", "cobraron dos veces",
            "charged twice", "charged me twice", "double charged", "rechaza la tarjeta", "tarjeta rechazada",
            "card declined", "card ... declined", "payment ... fail*", "pago ... error", "pago con tarjeta",
            "privacidad", "privacy", "mis datos personales", "my personal data", "cobraron pero", "charged but",
            "enviar a", "contrareembolso", "cash on delivery", "change my email", "change the email", "cambio mi email",
            "cambiar mi email", "cambiar el email", "me han quitado el dinero", "money was taken", "didnt go through",
            "no se ha completado", "tiendas en", "stores in", "what size", "what time do", "what time does",
            "a que hora abr*", "a que hora cerr*", "outlet", "create an account", "crear una cuenta", "crear cuenta",
            "registr*", "register", "sign up", "duplicad*", "standard shipping", "envio normal", "envio estandar",
            "justo a tiempo");
        Add(CustomerIntent.Faq, 1.5, "talla", "size", "tarjeta", "card", "pago", "pagar", "pay", "payment", "cobr*",
            "charged", "envios", "shipping", "mi cuenta", "my account", "tienda", "store", "cuanto cuesta", "how much");
        Add(CustomerIntent.Faq, 2, "no me deja", "wont let me", "twice", "dos veces", "mis datos", "my data",
            "how long does", "cuanto vale*", "cobro", "charge");
        Add(CustomerIntent.Faq, 1, "teneis", "haceis", "do you", "puedo", "can i", "email", "correo", "open", "abre*");
        Add(CustomerIntent.Faq, 5, "contra reembolso", "precios incluyen", "incluyen iva", "iva incluido", "con iva", "sin iva",
            "prices include", "vat inclusive", "include vat", "including vat", "inc vat", "without an account", "sin cuenta",
            "sin registrarme", "as a guest", "como invitado", "canarias", "baleares", "ceuta", "melilla", "canary islands",
            "balearic*", "al extranjero", "abroad", "cuanto tarda en llegar", "how long does it take");
        Add(CustomerIntent.Faq, 6, "envoltorio", "envolver para regalo", "papel de regalo", "gift wrap*", "gift box",
            "price match*", "igualais precios", "igualan precios", "crear una cuenta", "creo una cuenta", "crearme una cuenta",
            "abrir una cuenta", "open an account", "make an account");
        // Data protection is a question about the shop, however personal ("personal" is not a request for a "persona").
        Add(CustomerIntent.Faq, 8, "personal data", "datos personales", "proteccion de datos", "data protection", "gdpr",
            "rgpd", "lopd");
        Add(CustomerIntent.Faq, 3, "precio*", "price*");
        // Announcing a question is a question about the shop until it says what about.
        Add(CustomerIntent.Faq, 2.5, "una pregunta", "una duda", "una consulta", "otra pregunta", "otra duda", "a question",
            "quick question", "another question", "a query");

        // Opinions and complaints without a request.
        Add(CustomerIntent.Feedback, 4, "feedback", "opinion", "resena", "review", "valorar", "valoracion", "queja",
            "complaint", "sugerencia", "suggestion", "encuesta", "survey", "rate my", "calificar");
        Add(CustomerIntent.Feedback, 3, "que lo sepais", "que lo supierais", "just so you know", "wanted you to know",
            "just saying", "just wanted to say", "wanted to say", "solo eso", "solo queria decir*", "queria decir*",
            "deberian", "deberiais", "you should", "should add", "estrellas", "stars", "os doy un", "le doy un",
            "10/10", "love your", "i love", "me encanta", "sois los mejores", "the best", "los mejores", "seguid asi",
            "keep it up", "keep up the good work", "felicitar", "felicidades", "congrats", "agradecer",
            "thank ... for her", "thank ... for his", "thank ... for the help", "gracias a", "recomendar*",
            "recommend*", "os pongo un", "giving you a", "te doy un", "i give you", "todo muy bien", "all good",
            "good job", "great job", "buen trabajo", "un 10 para", "out of 10", "decepcionad*", "disappointed",
            "me ha encantado", "encantad*", "loved", "propongo", "i suggest", "sugiero", "mi experiencia",
            "my experience", "mal servicio", "bad service", "buen servicio", "good service", "mala atencion",
            "buena atencion", "reclamacion", "reclamaciones", "reclamar", "!repetire", "!volvere a comprar", "!will buy again",
            "!would buy again", "!will order again");
        Add(CustomerIntent.Feedback, 1.5, "pesimo", "fatal", "desastre", "terrible", "horrible", "awful", "genial",
            "encanta", "love", "awesome", "excelente", "excellent", "great", "perfecto", "perfect", "fast", "rapido",
            "contento", "happy", "maleducad*", "rude", "lento", "lentisima", "slow", "confus*", "mejorar*", "improve",
            "servicio", "service", "atencion", "experiencia", "experience", "web", "website", "app", "gracias por todo",
            "malo", "mala", "bad", "un lio", "a mess", "pagina", "site", "muy bien", "very good", "nice", "ayuda",
            "help", "majo", "amable", "kind", "calidad", "quality", "que mal");

        // Praise for a person is feedback, not a request for one: "I'd like to compliment the agent who helped me".
        Add(CustomerIntent.Feedback, 6, "compliment*", "hoja de reclamaciones", "libro de reclamaciones", "who helped me",
            "que me atendio", "que me ayudo", "me atendio", "me ayudo", "thank the agent", "agradecer al", "felicitar al",
            "felicitar a");
        Add(CustomerIntent.Feedback, 5, "puntuar", "puntuacion", "valoro", "rate the", "rate this", "rate your", "rating",
            "calificacion", "criti*", "constructive", "constructiva", "enhorabuena", "shoutout", "shout out", "kudos",
            "legend", "crack", "para que lo corrijais", "para que lo corrijan", "so you can fix", "letting you know",
            "os aviso", "les aviso", "fyi", "do better", "pass it on", "trasladadle", "hacedselo llegar", "super fast",
            "superrapido", "rapidisimo", "sostenible", "sustainab*", "demasiado plastico", "too much plastic",
            "too many steps", "demasiados pasos");
        Add(CustomerIntent.Feedback, 2, "plastico", "plastic", "embalaje", "packaging", "descripcion", "description");

        // Nothing to act on: greetings, thanks, acknowledgements, chit-chat. They only win when nothing else is said.
        Add(CustomerIntent.None, 3, "perfecto gracias", "great thanks", "ok gracias", "vale gracias", "ok thanks",
            "thanks a lot", "muchas gracias", "mil gracias", "thank you so much", "thank you very much", "how are you",
            "que tal estas", "como estas", "bien y tu", "good and you", "what time is it", "que hora es");
        // Chit-chat with the bot itself, including asking what it is.
        Add(CustomerIntent.None, 8, "are you a bot", "are you a robot", "are you human", "are you real", "eres un bot",
            "eres un robot", "eres humano", "eres una persona", "eres real", "i love you", "love you bot", "te quiero",
            "casate conmigo", "marry me");
        Add(CustomerIntent.None, 6, "bored", "aburrido", "aburrida", "your name", "te llamas", "capital of", "capital de",
            "que tiempo hace", "hello there", "ya esta solucionado", "ya esta resuelto", "already sorted", "all sorted",
            "sorted now", "vale perfecto", "ok perfect", "perfect thanks", "haha nice", "nice one", "nada mas", "nothing else",
            "thats all", "eso es todo");
        Add(CustomerIntent.None, 5, "peli", "pelicula", "movie*", "film", "serie", "series", "cancion", "song", "chiste",
            "joke", "el tiempo", "the weather", "futbol", "football", "receta", "recipe");
        Add(CustomerIntent.None, 1.5, "hola", "hi", "hello", "hey", "buenas", "buenos dias", "good morning", "gracias",
            "thanks", "thank you", "ok", "vale", "jaja*", "jeje*", "haha*", "lol", "xd", "adios", "bye", "de nada",
            "youre welcome");

        // A person: an explicit request for one outweighs the topic it is about.
        Add(CustomerIntent.Human, 7, "humano", "human", "agente", "agent", "operador", "operator", "asesor",
            "supervisor", "manager", "encargado", "representante", "representative", "rep", "persona real",
            "alguien real", "anyone real", "someone real", "live chat", "call me", "llamame", "llamarme",
            "me puede llamar", "me podeis llamar", "me llame", "hablar con alguien", "hablar con una persona",
            "con quien puedo hablar", "con quien hablo", "who can i talk to", "who can i speak to", "responsable",
            "in charge", "talk to someone", "speak to someone", "talk to a person", "speak to a person", "pasame con",
            "ponme con", "transfer me", "una persona", "a person", "real person", "con un robot", "put me through",
            "not a bot", "a bot", "no un bot", "atencion personalizada", "personal attention", "humans", "humanos",
            "personas", "pasar con", "pasarme con", "me pasas con", "me pones con", "connect me", "put me in touch",
            "phone number", "numero de telefono", "telefono de contacto", "number i can call", "puedo llamar", "can i call",
            "call you", "os llamo", "llamaros");
        Add(CustomerIntent.Human, 2.5, "atencion al cliente", "customer service", "customer support", "soporte");
        Add(CustomerIntent.Human, 6, "me atendiera", "me atienda", "un companero", "una companera", "someone from your team",
            "alguien de vuestro equipo", "alguien del equipo");
        Add(CustomerIntent.Human, 2.5, "hablar con", "talk to", "speak to", "speak with", "talk with", "alguien",
            "someone", "somebody", "anyone", "persona", "person", "telefono", "por telefono", "staff", "atienda",
            "atender", "real");

        // Leaving: cancelling an order, subscription or account. A first-person "I cancel" is a decision or a threat
        // ("si mañana no ha llegado cancelo") and outweighs the topic around it.
        Add(CustomerIntent.Cancel, 6, "!cancelo", "!anulo", "!im cancelling", "!ill cancel", "!i will cancel",
            "!im canceling", "!i cancel");
        Add(CustomerIntent.Cancel, 5, "data deleted", "account deleted", "!datos borrados", "dejar de ser",
            "stop being", "me borro", "!elimin* mis datos", "!borr* mis datos", "!delete my data", "!remove my data",
            "!remove ... account", "!void the", "no compro mas", "no comprare mas", "not buying", "never buying",
            "never ordering", "unsubscrib*", "desuscrib*", "competitor*", "competencia", "otra tienda", "another store",
            "another shop", "elsewhere");
        Add(CustomerIntent.Cancel, 4, "!cancel*", "!anul*", "de baja", "renovacion automatica", "auto renewal",
            "autorenewal", "!eliminar mi cuenta", "!borrar mi cuenta", "!delete my account", "!close my account",
            "!cerrar mi cuenta", "elimin* ... cuenta", "borr* ... cuenta", "delet* ... account", "clos* ... account",
            "cerr* ... cuenta", "dejad de cobrarme", "deja de cobrarme", "stop charging", "no quiero seguir",
            "dont want to be your customer", "ser cliente", "be a customer", "borrad todo", "wipe everything",
            "me voy a amazon", "me voy a", "im out", "done with you", "stop my", "parar mi", "siendo cliente");
        Add(CustomerIntent.Cancel, 2, "suscripcion", "subscription", "membresia", "membership", "club", "plan",
            "premium", "socio", "member", "no longer", "anymore", "ya no quiero", "cada mes", "every month", "monthly",
            "mensual", "baja", "por error", "by mistake", "cuenta y ... datos", "account and ... data",
            "!cancelar el pedido", "!cancelar mi pedido", "!cancel my order", "!cancel the order",
            "!cancelling the order");
        Add(CustomerIntent.Cancel, 5, "!delete my profile", "!delet* ... profile", "!borr* ... perfil", "!elimin* ... perfil",
            "!deactivat*", "!desactivar ... cuenta", "!leave ... programme", "!leave ... program", "!salir del ... programa",
            "!remove me from", "!sacadme de", "!quitadme de", "mailing list", "lista de correo", "!stop ... subscription",
            "!cierro ... cuenta", "!cerrar ... cuenta", "!ser ... cliente");
        Add(CustomerIntent.Cancel, 2, "loyalty", "fidelidad", "puntos");

        return cues;
    }
}
