<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CompleteScreen</name>
        <message>
            <source>Back to home</source>
            <translation>Volver al inicio</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Siguiente lección</translation>
        </message>
        <message>
            <source>Well done! You finished “{title}”.</source>
            <translation>¡Muy bien! Terminaste «{title}».</translation>
        </message>
        <message>
            <source>You completed the module “{title}”!</source>
            <translation>¡Completaste el módulo «{title}»!</translation>
        </message>
        <message>
            <source>Every lesson done. You can ask the facilitator for your certificate.</source>
            <translation>Hiciste todas las lecciones. Pedile tu certificado al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>You got every question right the first time.</source>
            <translation>Respondiste bien todas las preguntas al primer intento.</translation>
        </message>
        <message>
            <source>Very good! You can try again to win all the stars.</source>
            <translation>¡Muy bien! Si querés, probá otra vez para ganar todas las estrellas.</translation>
        </message>
        <message>
            <source>You learned something new today. Try again whenever you like.</source>
            <translation>Hoy aprendiste algo nuevo. Podés volver a intentarlo cuando quieras.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Sign out</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Hello, {name}!</source>
            <translation>¡Hola, {name}!</translation>
        </message>
        <message>
            <source>Continue where I left off</source>
            <translation>Seguir donde quedé</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — página {page} de {pages}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Your modules</source>
            <translation>Tus módulos</translation>
        </message>
        <message>
            <source>There are no lessons for you yet. Ask the facilitator.</source>
            <translation>Todavía no hay lecciones para vos. Preguntale al facilitador o a la facilitadora.</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>¿Seguís ahí?</translation>
        </message>
        <message>
            <source>I’m still here</source>
            <translation>Sigo aquí</translation>
        </message>
        <message>
            <source>Your session will close in {seconds} seconds so that nobody else uses it.</source>
            <translation>Tu sesión se va a cerrar en {seconds} segundos para que nadie más la use.</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Answer the question to go on.</source>
            <translation>Respondé la pregunta para seguir.</translation>
        </message>
        <message>
            <source>That link needs internet; the kiosk does not open it. Ask the facilitator.</source>
            <translation>Ese enlace necesita internet y el kiosco no lo abre. Preguntale al facilitador o a la facilitadora.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Someone already has this name and this picture. Choose another picture.</source>
            <translation>Ya hay alguien con ese nombre y ese dibujo. Elegí otro dibujo.</translation>
        </message>
        <message>
            <source>That name cannot be used. Write only your first name or a nickname.</source>
            <translation>Ese nombre no se puede usar. Escribí solo tu nombre o un apodo.</translation>
        </message>
        <message>
            <source>This lesson is not available on this kiosk any more.</source>
            <translation>Esta lección ya no está en este kiosco.</translation>
        </message>
        <message>
            <source>The kiosk could not save to its disk. Please tell the facilitator.</source>
            <translation>El kiosco no pudo guardar en su disco. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>Something on this computer is not right. Please tell the facilitator.</source>
            <translation>Algo no anda bien en esta compu. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>Something went wrong. What you did so far is saved.</source>
            <translation>Algo salió mal. Lo que hiciste hasta ahora está guardado.</translation>
        </message>
    </context>
    <context>
        <name>ModuleCard</name>
        <message>
            <source>{done} of {total} lessons done</source>
            <translation>{done} de {total} lecciones terminadas</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>started</source>
            <translation>empezada</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <source>{title} · {minutes} min</source>
            <translation>{title} · {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>QuizWidget</name>
        <message>
            <source>Choose every right answer, then press “Check”.</source>
            <translation>Elegí todas las respuestas correctas y después tocá «Comprobar».</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Correcto!</translation>
        </message>
        <message>
            <source>There is still a right answer you haven’t chosen.</source>
            <translation>Todavía falta elegir una respuesta correcta.</translation>
        </message>
        <message>
            <source>Not quite. Try again!</source>
            <translation>Casi. ¡Probá otra vez!</translation>
        </message>
    </context>
    <context>
        <name>RegisterScreen</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Perfil nuevo</translation>
        </message>
        <message>
            <source>Your name or nickname</source>
            <translation>Tu nombre o apodo</translation>
        </message>
        <message>
            <source>Only your first name, no surname</source>
            <translation>Solo tu nombre, sin apellido</translation>
        </message>
        <message>
            <source>Choose your picture</source>
            <translation>Elegí tu dibujo</translation>
        </message>
        <message>
            <source>How old are you?</source>
            <translation>¿Cuántos años tenés?</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>De 8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>De 12 a 17</translation>
        </message>
        <message>
            <source>I’m an adult</source>
            <translation>Soy adulto/a</translation>
        </message>
        <message>
            <source>You are…</source>
            <translation>Sos…</translation>
        </message>
        <message>
            <source>A student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>A teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>A parent or caregiver</source>
            <translation>Mamá, papá o encargado/a</translation>
        </message>
        <message>
            <source>Ready, let’s start</source>
            <translation>Listo, ¡empecemos!</translation>
        </message>
        <message>
            <source>Write your name or nickname.</source>
            <translation>Escribí tu nombre o apodo.</translation>
        </message>
        <message>
            <source>Choose a picture: it will help you find yourself.</source>
            <translation>Elegí un dibujo: te va a ayudar a encontrarte.</translation>
        </message>
        <message>
            <source>Tell us how old you are.</source>
            <translation>Contanos cuántos años tenés.</translation>
        </message>
        <message>
            <source>Tell us who you are.</source>
            <translation>Contanos quién sos.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Who are you? Tap your picture.</source>
            <translation>¿Quién sos? Tocá tu dibujo.</translation>
        </message>
        <message>
            <source>Search for your name</source>
            <translation>Buscá tu nombre</translation>
        </message>
        <message>
            <source>Nobody here yet. Tap “I’m new” to start.</source>
            <translation>Todavía no hay nadie. Tocá «Soy nuevo/a» para empezar.</translation>
        </message>
        <message>
            <source>I’m new</source>
            <translation>Soy nuevo/a</translation>
        </message>
    </context>
    <context>
        <name>StaffArea</name>
        <message>
            <source>Staff: {name}</source>
            <translation>Personal: {name}</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <source>Attendance and reach</source>
            <translation>Asistencia y alcance</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
    </context>
</TS>
