<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AddMembersDialog</name>
        <message>
            <source>Add learners to “{name}”</source>
            <translation>Agregar estudiantes a «{name}»</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Buscar por nombre</translation>
        </message>
        <message>
            <source>Every learner on this kiosk is already in this class.</source>
            <translation>Todas las personas de este kiosco ya están en esta clase.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add 1 learner</source>
            <translation>Agregar 1 estudiante</translation>
        </message>
        <message>
            <source>Add {count} learners</source>
            <translation>Agregar {count} estudiantes</translation>
        </message>
    </context>
    <context>
        <name>AssignView</name>
        <message>
            <source>1. Modules</source>
            <translation>1. Módulos</translation>
        </message>
        <message>
            <source>2. For whom</source>
            <translation>2. Para quién</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Toda la clase</translation>
        </message>
        <message>
            <source>Only the learners I choose</source>
            <translation>Solo algunos estudiantes (elegilos abajo)</translation>
        </message>
        <message>
            <source>3. By when (optional)</source>
            <translation>3. Para cuándo (opcional)</translation>
        </message>
        <message>
            <source>With a due date</source>
            <translation>Con fecha de entrega</translation>
        </message>
        <message>
            <source>ddd d/M/yyyy</source>
            <translation>ddd d/M/yyyy</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>Already assigned to this class</source>
            <translation>Ya asignado a esta clase</translation>
        </message>
        <message>
            <source>(nothing yet)</source>
            <translation>(todavía nada)</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Entrega</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Choose at least one module.</source>
            <translation>Elegí al menos un módulo.</translation>
        </message>
        <message>
            <source>Choose at least one learner, or choose the whole class.</source>
            <translation>Elegí al menos un estudiante, o elegí toda la clase.</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate: {module}</source>
            <translation>Certificado: {module}</translation>
        </message>
        <message>
            <source>{site}, {date}</source>
            <translation>{site}, {date}</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>This certificate recognises that</source>
            <translation>Este certificado reconoce que</translation>
        </message>
        <message>
            <source>completed the module</source>
            <translation>completó el módulo</translation>
        </message>
        <message>
            <source>with effort and the will to learn. Congratulations, and keep going!</source>
            <translation>con esfuerzo y ganas de aprender. ¡Felicitaciones, y a seguir adelante!</translation>
        </message>
        <message>
            <source>Facilitator’s signature</source>
            <translation>Firma del facilitador o de la facilitadora</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Mostrar clases archivadas</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Clase nueva</translation>
        </message>
        <message>
            <source>Import from CSV…</source>
            <translation>Importar desde CSV…</translation>
        </message>
        <message>
            <source>Name, age, role and class of many learners at once, from a spreadsheet saved as CSV</source>
            <translation>Nombre, edad, rol y clase de muchas personas a la vez, desde una planilla guardada como CSV</translation>
        </message>
        <message>
            <source>Print cards…</source>
            <translation>Imprimir tarjetas…</translation>
        </message>
        <message>
            <source>New picture passwords for the whole class, and their cards as a PDF</source>
            <translation>Dibujos secretos nuevos para toda la clase, con sus tarjetas en un PDF</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Create a class, or import a list of learners (CSV) to start.</source>
            <translation>Para empezar, creá una clase o importá una lista de estudiantes (CSV).</translation>
        </message>
        <message>
            <source>Add learners…</source>
            <translation>Agregar estudiantes…</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Estudiante nuevo…</translation>
        </message>
        <message>
            <source>Learners in the class</source>
            <translation>Estudiantes de la clase</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Secret pictures</source>
            <translation>Dibujos secretos</translation>
        </message>
        <message>
            <source>Remove from the class</source>
            <translation>Quitar de la clase</translation>
        </message>
        <message>
            <source>Reset picture password</source>
            <translation>Reiniciar dibujos secretos</translation>
        </message>
        <message>
            <source>{name} · {count}</source>
            <translation>{name} · {count}</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivada)</translation>
        </message>
        <message>
            <source>No class yet</source>
            <translation>Todavía no hay clases</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivada</translation>
        </message>
        <message>
            <source>{count} learners</source>
            <translation>{count} estudiantes</translation>
        </message>
        <message>
            <source>1 learner</source>
            <translation>1 estudiante</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Chooses at next sign-in</source>
            <translation>La elige al entrar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>There is already a class with that name. Choose another name.</source>
            <translation>Ya hay una clase con ese nombre. Elegí otro nombre.</translation>
        </message>
        <message>
            <source>That name is too long.</source>
            <translation>Ese nombre es demasiado largo.</translation>
        </message>
        <message>
            <source>Write a name for the class.</source>
            <translation>Escribí un nombre para la clase.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Class “{name}” created.</source>
            <translation>Se creó la clase «{name}».</translation>
        </message>
        <message>
            <source>Rename “{name}”</source>
            <translation>Cambiar el nombre de «{name}»</translation>
        </message>
        <message>
            <source>The class is now called “{name}”.</source>
            <translation>Ahora la clase se llama «{name}».</translation>
        </message>
        <message>
            <source>Archive “{name}”?</source>
            <translation>¿Archivar «{name}»?</translation>
        </message>
        <message>
            <source>The class leaves the list. Its learners and everything they did stay on the kiosk, and you can bring the class back with “Show archived classes”.</source>
            <translation>La clase sale de la lista. Sus estudiantes y todo lo que hicieron quedan en el kiosco, y podés recuperar la clase con «Mostrar clases archivadas».</translation>
        </message>
        <message>
            <source>Class “{name}” archived.</source>
            <translation>Se archivó la clase «{name}».</translation>
        </message>
        <message>
            <source>Class “{name}” is back.</source>
            <translation>La clase «{name}» volvió a la lista.</translation>
        </message>
        <message>
            <source>Another class already has this name: rename one of them first.</source>
            <translation>Otra clase ya tiene este nombre: primero cambiale el nombre a una de las dos.</translation>
        </message>
        <message>
            <source>{count} learners added to “{name}”.</source>
            <translation>Se agregaron {count} estudiantes a «{name}».</translation>
        </message>
        <message>
            <source>{name} joined “{class_name}”.</source>
            <translation>{name} ya está en «{class_name}».</translation>
        </message>
        <message>
            <source>Someone already has this name and this picture. Choose another picture.</source>
            <translation>Ya hay alguien con este nombre y este dibujo. Elegí otro dibujo.</translation>
        </message>
        <message>
            <source>That name cannot be used. Write only a first name or a nickname.</source>
            <translation>Ese nombre no se puede usar. Escribí solo el nombre o un apodo.</translation>
        </message>
        <message>
            <source>{name} is no longer in “{class_name}”.</source>
            <translation>{name} ya no está en «{class_name}».</translation>
        </message>
        <message>
            <source>Reset the picture password of {name}?</source>
            <translation>¿Reiniciar los dibujos secretos de {name}?</translation>
        </message>
        <message>
            <source>{name} will choose 3 new pictures the next time they sign in.</source>
            <translation>La próxima vez que entre, {name} va a elegir 3 dibujos nuevos.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Done: {name} will choose new pictures at the next sign-in.</source>
            <translation>Listo: {name} va a elegir dibujos nuevos la próxima vez que entre.</translation>
        </message>
        <message>
            <source>New picture passwords for “{name}”</source>
            <translation>Dibujos secretos nuevos para «{name}»</translation>
        </message>
        <message>
            <source>Each of the {count} learners gets 3 new secret pictures, and their cards are saved as a PDF to print. The pictures they use now will stop working. Hand each card to its owner.</source>
            <translation>Cada una de las {count} personas recibe 3 dibujos secretos nuevos, y sus tarjetas se guardan en un PDF para imprimir. Los dibujos que usan ahora dejan de funcionar. Entregá cada tarjeta a su dueño o dueña.</translation>
        </message>
        <message>
            <source>Assign and save the cards…</source>
            <translation>Asignar y guardar las tarjetas…</translation>
        </message>
        <message>
            <source>Picture cards {name}.pdf</source>
            <translation>Tarjetas de dibujos {name}.pdf</translation>
        </message>
        <message>
            <source>Save the picture cards</source>
            <translation>Guardar las tarjetas de dibujos</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved there. Choose another folder or a USB stick.</source>
            <translation>No se pudo guardar el PDF ahí. Elegí otra carpeta o un pendrive.</translation>
        </message>
        <message>
            <source>Cards saved: {path}. Print them and hand each card to its owner.</source>
            <translation>Tarjetas guardadas: {path}. Imprimilas y entregá cada una a su dueño o dueña.</translation>
        </message>
        <message>
            <source>Choose a list of learners (CSV)</source>
            <translation>Elegí una lista de estudiantes (CSV)</translation>
        </message>
        <message>
            <source>Lists (*.csv *.txt);;All files (*)</source>
            <translation>Listas (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>That file could not be read. Is it still there?</source>
            <translation>No se pudo leer ese archivo. ¿Sigue estando ahí?</translation>
        </message>
        <message>
            <source>{count} learners imported.</source>
            <translation>Se importaron {count} personas.</translation>
        </message>
        <message>
            <source>1 learner imported.</source>
            <translation>Se importó 1 persona.</translation>
        </message>
        <message>
            <source>{count} rows with problems were left out.</source>
            <translation>Quedaron afuera {count} filas con problemas.</translation>
        </message>
        <message>
            <source>The learners on this kiosk changed since the preview. Check it again.</source>
            <translation>Las personas de este kiosco cambiaron desde la vista previa. Revisala de nuevo.</translation>
        </message>
    </context>
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
        <name>CompletionView</name>
        <message>
            <source>Learners of the class who completed every lesson of each module.</source>
            <translation>Estudiantes de la clase que terminaron todas las lecciones de cada módulo.</translation>
        </message>
        <message>
            <source>There are no modules on this kiosk yet.</source>
            <translation>Todavía no hay módulos en este kiosco.</translation>
        </message>
        <message>
            <source>{done} of {total} ({percent} %)</source>
            <translation>{done} de {total} ({percent} %)</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <source>One less: {group}</source>
            <translation>Una persona menos: {group}</translation>
        </message>
        <message>
            <source>One more: {group}</source>
            <translation>Una persona más: {group}</translation>
        </message>
    </context>
    <context>
        <name>DifficultView</name>
        <message>
            <source>Questions most missed at the first try, and the answers chosen instead.</source>
            <translation>Las preguntas que más se erraron al primer intento, y las respuestas que se eligieron en su lugar.</translation>
        </message>
        <message>
            <source>Every learner of the telecenter</source>
            <translation>Todos los estudiantes del telecentro</translation>
        </message>
        <message>
            <source>Nobody has answered these questions yet.</source>
            <translation>Todavía nadie respondió estas preguntas.</translation>
        </message>
        <message>
            <source>Every question was answered right at the first try. Well done, class!</source>
            <translation>Todas las preguntas se respondieron bien al primer intento. ¡Muy bien, clase!</translation>
        </message>
        <message>
            <source>Missed at the first try by {missed} of {answered} ({percent} %)</source>
            <translation>La erraron al primer intento {missed} de {answered} ({percent} %)</translation>
        </message>
        <message>
            <source>• “{answer}” — chosen by {count}</source>
            <translation>• «{answer}» — la eligieron {count}</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol this kiosk</source>
            <translation>Inscribir este kiosco</translation>
        </message>
        <message>
            <source>Type the collector's address and the one-time code the programme office gave you. If this computer never has internet, the code is kept and travels in the next USB bundle.</source>
            <translation>Escribí la dirección del servidor y el código de un solo uso que te dio la oficina del programa. Si esta computadora nunca tiene internet, el código se guarda y viaja en el próximo paquete USB.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>https://conteos.ejemplo.org.py</source>
            <translation>https://conteos.ejemplo.org.py</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Código de un solo uso</translation>
        </message>
        <message>
            <source>ABCD-EFGH</source>
            <translation>ABCD-EFGH</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <source>Type both the server address and the code.</source>
            <translation>Escribí la dirección del servidor y el código.</translation>
        </message>
    </context>
    <context>
        <name>ExitDialog</name>
        <message>
            <source>Close Telecentro</source>
            <translation>Cerrar Telecentro</translation>
        </message>
        <message>
            <source>Only staff can close the kiosk.</source>
            <translation>Solo el personal puede cerrar el kiosco.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ExportsPage</name>
        <message>
            <source>From</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Whole site</source>
            <translation>Todo el telecentro</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>CSV (spreadsheet text)</source>
            <translation>CSV (texto para planilla)</translation>
        </message>
        <message>
            <source>Excel (XLSX)</source>
            <translation>Excel (XLSX)</translation>
        </message>
        <message>
            <source>PDF monthly sheet to print</source>
            <translation>Planilla mensual en PDF para imprimir</translation>
        </message>
        <message>
            <source>CSV separator</source>
            <translation>Separador del CSV</translation>
        </message>
        <message>
            <source>Separator ; (Excel in Spanish)</source>
            <translation>Separador ; (Excel en español)</translation>
        </message>
        <message>
            <source>Separator ,</source>
            <translation>Separador ,</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Avance de la exportación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Attendance rows</source>
            <translation>Filas de asistencia</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Goal: {group}</source>
            <translation>Meta: {group}</translation>
        </message>
        <message>
            <source>Save goals</source>
            <translation>Guardar metas</translation>
        </message>
        <message>
            <source>Reach and goals</source>
            <translation>Alcance y metas</translation>
        </message>
        <message>
            <source>Children 8 to 11</source>
            <translation>Niñas y niños de 8 a 11</translation>
        </message>
        <message>
            <source>Teens 12 to 17</source>
            <translation>Adolescentes de 12 a 17</translation>
        </message>
        <message>
            <source>Adult learners</source>
            <translation>Estudiantes adultos</translation>
        </message>
        <message>
            <source>Parents or caregivers</source>
            <translation>Madres, padres o cuidadores</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Niñas y niños</translation>
        </message>
        <message>
            <source>Teens</source>
            <translation>Adolescentes</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Familias</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>El primer día es posterior al último.</translation>
        </message>
        <message>
            <source>No attendance in these days.</source>
            <translation>No hay asistencia en estos días.</translation>
        </message>
        <message>
            <source>Showing the first {shown} of {count} rows; the file has all of them.</source>
            <translation>Se ven las primeras {shown} de {count} filas; el archivo las tiene todas.</translation>
        </message>
        <message>
            <source>{count} rows, the same as in the file.</source>
            <translation>{count} filas, las mismas que en el archivo.</translation>
        </message>
        <message>
            <source>Whole site, {start} – {end}</source>
            <translation>Todo el telecentro, del {start} al {end}</translation>
        </message>
        <message>
            <source>Each goal is a whole number, from 0 to a million.</source>
            <translation>Cada meta es un número entero, de 0 a un millón.</translation>
        </message>
        <message>
            <source>Goals saved.</source>
            <translation>Metas guardadas.</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Archivos de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the attendance as</source>
            <translation>Guardar la asistencia como</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Preparando…</translation>
        </message>
        <message>
            <source>Saved: 1 page in {file}</source>
            <translation>Listo: 1 página en {file}</translation>
        </message>
        <message>
            <source>Saved: {count} pages in {file}</source>
            <translation>Listo: {count} páginas en {file}</translation>
        </message>
        <message>
            <source>Saved: 1 row in {file}</source>
            <translation>Listo: 1 fila en {file}</translation>
        </message>
        <message>
            <source>Saved: {count} rows in {file}</source>
            <translation>Listo: {count} filas en {file}</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Exportación cancelada: no se guardó ningún archivo.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder or a USB stick.</source>
            <translation>No se pudo guardar el archivo ahí. Probá con otra carpeta o un pendrive.</translation>
        </message>
        <message>
            <source>{done} of {total} rows</source>
            <translation>{done} de {total} filas</translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>Página {done} de {total}</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Armando las páginas…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Welcome! Let’s set up this kiosk.</source>
            <translation>¡Te damos la bienvenida! Preparemos este kiosco.</translation>
        </message>
        <message>
            <source>You will be its coordinator: the person who adds teachers, changes the settings and can close the kiosk.</source>
            <translation>Vas a coordinar este kiosco: sos la persona que agrega docentes, cambia los ajustes y puede cerrar el kiosco.</translation>
        </message>
        <message>
            <source>For example: San Lorenzo</source>
            <translation>Por ejemplo: San Lorenzo</translation>
        </message>
        <message>
            <source>Name of the telecenter</source>
            <translation>Nombre del telecentro</translation>
        </message>
        <message>
            <source>As the learners call you</source>
            <translation>Como te llaman tus estudiantes</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Your PIN or password</source>
            <translation>Tu PIN o contraseña</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>El mismo PIN otra vez</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Escribí tu nombre.</translation>
        </message>
    </context>
    <context>
        <name>GridModel</name>
        <message>
            <source>done</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>{symbol} {score} %</source>
            <translation>{symbol} {score} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: done, best score {score} %</source>
            <translation>{name} — «{lesson}»: terminada, mejor puntaje {score} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: in progress, {percent} % seen</source>
            <translation>{name} — «{lesson}»: en curso, vio el {percent} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: not started</source>
            <translation>{name} — «{lesson}»: sin empezar</translation>
        </message>
        <message>
            <source>{name}: open their page</source>
            <translation>{name}: abrir su página</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Lessons done</source>
            <translation>Lecciones terminadas</translation>
        </message>
    </context>
    <context>
        <name>GridView</name>
        <message>
            <source>✓ done (best score)</source>
            <translation>✓ terminada (mejor puntaje)</translation>
        </message>
        <message>
            <source>◐ in progress</source>
            <translation>◐ en curso</translation>
        </message>
        <message>
            <source>– not started</source>
            <translation>– sin empezar</translation>
        </message>
        <message>
            <source>Click a name to see the learner, or a cell to see the answers.</source>
            <translation>Tocá un nombre para ver al estudiante, o una casilla para ver sus respuestas.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Sign out</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Chosen for you</source>
            <translation>Elegido para vos</translation>
        </message>
        <message>
            <source>For today</source>
            <translation>Para hoy</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d 'de' MMMM</translation>
        </message>
        <message>
            <source>It was for {date}: you can still do it</source>
            <translation>Era para el {date}: todavía podés hacerlo</translation>
        </message>
        <message>
            <source>For {date}</source>
            <translation>Para el {date}</translation>
        </message>
        <message>
            <source>Hello, {name}!</source>
            <translation>¡Hola, {name}!</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>Para vos</translation>
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
            <source>More modules</source>
            <translation>Más módulos</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import learners from “{file}”</source>
            <translation>Importar estudiantes de «{file}»</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Dibujo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Elegir otro archivo…</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Este archivo no se puede importar.</translation>
        </message>
        <message>
            <source>The file has no rows with learners.</source>
            <translation>El archivo no tiene ninguna fila con estudiantes.</translation>
        </message>
        <message>
            <source>{bad} of {total} rows have a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</source>
            <translation>{bad} de {total} filas tienen un problema (marcadas). Mientras una fila tenga un problema no se importa nada: corregí el archivo y elegilo de nuevo, o importá solo las filas correctas.</translation>
        </message>
        <message>
            <source>{total} learners are ready to import.</source>
            <translation>{total} personas listas para importar.</translation>
        </message>
        <message>
            <source>New classes: {names}</source>
            <translation>Clases nuevas: {names}</translation>
        </message>
        <message>
            <source>Rows with no class go into “{name}”.</source>
            <translation>Las filas sin clase van a «{name}».</translation>
        </message>
        <message>
            <source>Import {count} learners</source>
            <translation>Importar {count} personas</translation>
        </message>
        <message>
            <source>Import 1 learner</source>
            <translation>Importar 1 persona</translation>
        </message>
        <message>
            <source>Import only the {count} valid rows</source>
            <translation>Importar solo las {count} filas correctas</translation>
        </message>
    </context>
    <context>
        <name>KioskLock</name>
        <message>
            <source>The PIN could not be checked. Try again.</source>
            <translation>No se pudo comprobar el PIN. Probá otra vez.</translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message>
            <source>Back to the class</source>
            <translation>Volver a la clase</translation>
        </message>
        <message>
            <source>Certificates:</source>
            <translation>Certificados:</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Show all answers</source>
            <translation>Ver todas las respuestas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Time in lessons: {time} · {visits} visits · last visit: {date}</source>
            <translation>Tiempo en lecciones: {time} · {visits} visitas · última visita: {date}</translation>
        </message>
        <message>
            <source>No lesson opened yet.</source>
            <translation>Todavía no abrió ninguna lección.</translation>
        </message>
        <message>
            <source>Last visit: {date}</source>
            <translation>Última visita: {date}</translation>
        </message>
        <message>
            <source>d/M/yyyy HH:mm</source>
            <translation>d/M/yyyy HH:mm</translation>
        </message>
        <message>
            <source>✓ done · {score} %</source>
            <translation>✓ terminada · {score} %</translation>
        </message>
        <message>
            <source>◐ {percent} % seen</source>
            <translation>◐ vio el {percent} %</translation>
        </message>
        <message>
            <source>– not started</source>
            <translation>– sin empezar</translation>
        </message>
        <message>
            <source>none yet: they come with each module completed.</source>
            <translation>todavía ninguno: llegan con cada módulo completado.</translation>
        </message>
        <message>
            <source>Print the certificate for “{module}” (completed on {date})</source>
            <translation>Imprimir el certificado de «{module}» (completado el {date})</translation>
        </message>
        <message>
            <source>d/M/yyyy</source>
            <translation>d/M/yyyy</translation>
        </message>
        <message>
            <source>Answers in “{lesson}”</source>
            <translation>Respuestas en «{lesson}»</translation>
        </message>
        <message>
            <source>All answers, newest first</source>
            <translation>Todas las respuestas, las más nuevas primero</translation>
        </message>
        <message>
            <source>d/M HH:mm</source>
            <translation>d/M HH:mm</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ bien</translation>
        </message>
        <message>
            <source>✗ not yet</source>
            <translation>✗ todavía no</translation>
        </message>
        <message>
            <source>no answers yet</source>
            <translation>todavía no hay respuestas</translation>
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
            <translation>Ya hay alguien con este nombre y este dibujo. Elegí otro dibujo.</translation>
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
            <source>The PIN could not be checked. Try again.</source>
            <translation>No se pudo comprobar el PIN. Probá otra vez.</translation>
        </message>
        <message>
            <source>The kiosk could not save this. Try again.</source>
            <translation>El kiosco no pudo guardar esto. Probá otra vez.</translation>
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
        <name>NameDialog</name>
        <message>
            <source>Name of the class</source>
            <translation>Nombre de la clase</translation>
        </message>
        <message>
            <source>For example: 5th grade A, Saturday workshop</source>
            <translation>Por ejemplo: 5.º grado A, Taller del sábado</translation>
        </message>
    </context>
    <context>
        <name>NewLearnerDialog</name>
        <message>
            <source>New learner in “{name}”</source>
            <translation>Estudiante nuevo en «{name}»</translation>
        </message>
        <message>
            <source>First name or nickname (no surname)</source>
            <translation>Nombre o apodo (sin apellido)</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Dibujo</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Add to the class</source>
            <translation>Agregar a la clase</translation>
        </message>
    </context>
    <context>
        <name>PictureCards</name>
        <message>
            <source>Telecentro · {class_name}</source>
            <translation>Telecentro · {class_name}</translation>
        </message>
        <message>
            <source>Your secret pictures, in this order:</source>
            <translation>Tus dibujos secretos, en este orden:</translation>
        </message>
        <message>
            <source>Keep this card safe and show it to nobody.</source>
            <translation>Guardá bien esta tarjeta y no se la muestres a nadie.</translation>
        </message>
        <message>
            <source>Picture cards: {class_name}</source>
            <translation>Tarjetas de dibujos: {class_name}</translation>
        </message>
    </context>
    <context>
        <name>PicturePanel</name>
        <message>
            <source>Start again</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Tap your 3 secret pictures, in order</source>
            <translation>Tocá tus 3 dibujos secretos, en orden</translation>
        </message>
        <message>
            <source>Choose 3 secret pictures, in order</source>
            <translation>Elegí 3 dibujos secretos, en orden</translation>
        </message>
        <message>
            <source>You will tap them every time you sign in. Remember them well!</source>
            <translation>Los vas a tocar cada vez que entres. ¡Acordate bien!</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again slowly: one more try before a short pause.</source>
            <translation>Esos no son tus dibujos. Probá de nuevo con calma: te queda un intento antes de una pausa corta.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again slowly: you have {tries} tries left.</source>
            <translation>Esos no son tus dibujos. Probá de nuevo con calma: te quedan {tries} intentos.</translation>
        </message>
        <message>
            <source>Let’s take a short break. You can try again in {seconds} seconds. If you forgot your pictures, ask the facilitator.</source>
            <translation>Hagamos una pausa corta. Podés probar de nuevo en {seconds} segundos. Si te olvidaste tus dibujos, pedile ayuda al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya podés probar de nuevo.</translation>
        </message>
        <message>
            <source>Now tap the same 3 pictures again</source>
            <translation>Ahora tocá otra vez los mismos 3 dibujos</translation>
        </message>
        <message>
            <source>In the same order, to be sure you remember them.</source>
            <translation>En el mismo orden, para estar seguros de que te acordás.</translation>
        </message>
        <message>
            <source>They were not the same pictures. Let’s choose them again, calmly.</source>
            <translation>No fueron los mismos dibujos. Elijámoslos de nuevo, con calma.</translation>
        </message>
    </context>
    <context>
        <name>PictureSignInScreen</name>
        <message>
            <source>That’s not me</source>
            <translation>No soy yo</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Your current PIN</source>
            <translation>Tu PIN actual</translation>
        </message>
        <message>
            <source>New PIN or password</source>
            <translation>PIN o contraseña nueva</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>El mismo PIN otra vez</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save the PIN</source>
            <translation>Guardar el PIN</translation>
        </message>
        <message>
            <source>Type your current PIN first.</source>
            <translation>Primero escribí tu PIN actual.</translation>
        </message>
        <message>
            <source>Your current PIN is not right.</source>
            <translation>Tu PIN actual no es correcto.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} seconds and try again.</source>
            <translation>Demasiados intentos fallidos. Esperá {seconds} segundos y probá otra vez.</translation>
        </message>
        <message>
            <source>That account is no longer active.</source>
            <translation>Esa cuenta ya no está activa.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>PIN or password</source>
            <translation>PIN o contraseña</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrar</translation>
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
        <name>ReachChart</name>
        <message>
            <source>Reach against the goals</source>
            <translation>Alcance frente a las metas</translation>
        </message>
        <message>
            <source>{group}: {reached} of {goal} ({percent} %).</source>
            <translation>{group}: {reached} de {goal} ({percent} %).</translation>
        </message>
        <message>
            <source>{group}: {reached} (no goal set).</source>
            <translation>{group}: {reached} (sin meta).</translation>
        </message>
        <message>
            <source>{reached} of {goal} ({percent} %)</source>
            <translation>{reached} de {goal} ({percent} %)</translation>
        </message>
        <message>
            <source>{reached} · no goal</source>
            <translation>{reached} · sin meta</translation>
        </message>
        <message>
            <source>{learners} learners with an account + {anonymous} people without an account</source>
            <translation>{learners} estudiantes con cuenta + {anonymous} personas sin cuenta</translation>
        </message>
        <message>
            <source>learners with an account (each person once)</source>
            <translation>estudiantes con cuenta (cada persona una vez)</translation>
        </message>
        <message>
            <source>without an account (workshops)</source>
            <translation>sin cuenta (talleres)</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>meta</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>por mes</translation>
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
        <name>ReportsPage</name>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Difficult questions</source>
            <translation>Preguntas difíciles</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>Todos los módulos</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>There are no classes yet. Create one on the Classes page and add learners to it.</source>
            <translation>Todavía no hay clases. Creá una en la página Clases y sumale estudiantes.</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Toda la clase</translation>
        </message>
        <message>
            <source>a learner who left the class</source>
            <translation>alguien que ya no está en la clase</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>“{module}”</source>
            <translation>«{module}»</translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>toda la clase</translation>
        </message>
        <message>
            <source>{count} learners</source>
            <translation>{count} estudiantes</translation>
        </message>
        <message>
            <source>Assigned {modules} to {who}.</source>
            <translation>Asignaste {modules} a {who}.</translation>
        </message>
        <message>
            <source>Due {date}.</source>
            <translation>Para el {date}.</translation>
        </message>
        <message>
            <source>That date has already passed: choose today or a later day.</source>
            <translation>Esa fecha ya pasó: elegí hoy o un día que venga.</translation>
        </message>
        <message>
            <source>Some of the chosen learners are no longer in this class. Refresh and try again.</source>
            <translation>Algunos de los estudiantes elegidos ya no están en esta clase. Actualizá y probá de nuevo.</translation>
        </message>
        <message>
            <source>This class is archived: it cannot get new modules.</source>
            <translation>Esta clase está archivada: no puede recibir módulos.</translation>
        </message>
        <message>
            <source>Choose at least one learner, or choose the whole class.</source>
            <translation>Elegí al menos un estudiante, o elegí toda la clase.</translation>
        </message>
        <message>
            <source>Choose at least one module.</source>
            <translation>Elegí al menos un módulo.</translation>
        </message>
        <message>
            <source>The assignment was removed.</source>
            <translation>Se quitó la asignación.</translation>
        </message>
    </context>
    <context>
        <name>SecretRules</name>
        <message>
            <source>A PIN of 4 to 8 numbers, or a password of 6 or more characters. Never tell it to learners.</source>
            <translation>Un PIN de 4 a 8 números, o una contraseña de 6 caracteres o más. Nunca se lo digas a tus estudiantes.</translation>
        </message>
        <message>
            <source>Type a PIN or a password.</source>
            <translation>Escribí un PIN o una contraseña.</translation>
        </message>
        <message>
            <source>A PIN needs 4 to 8 numbers.</source>
            <translation>El PIN tiene que tener de 4 a 8 números.</translation>
        </message>
        <message>
            <source>A password needs at least 6 characters (or use a PIN of 4 to 8 numbers).</source>
            <translation>La contraseña necesita al menos 6 caracteres (o usá un PIN de 4 a 8 números).</translation>
        </message>
        <message>
            <source>That is too long: at most 128 characters.</source>
            <translation>Es demasiado largo: como máximo 128 caracteres.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess (like 1234 or 0000). Choose another one.</source>
            <translation>Ese PIN es muy fácil de adivinar (como 1234 o 0000). Elegí otro.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type them again.</source>
            <translation>Los dos PIN no son iguales. Escribilos otra vez.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>This telecenter</source>
            <translation>Este telecentro</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Saved. Learners see the changes after the staff sign out.</source>
            <translation>Guardado. Los cambios se aplican cuando salís del área del personal.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Entrada del personal</translation>
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
        <message>
            <source>Nobody here yet. Ask the facilitator to add you.</source>
            <translation>Todavía no hay nadie. Pedile al facilitador o a la facilitadora que te agregue.</translation>
        </message>
    </context>
    <context>
        <name>SiteForm</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Learners also tap a secret of 3 pictures</source>
            <translation>Cada estudiante también toca su secreto de 3 dibujos</translation>
        </message>
        <message>
            <source>Learners can make their own profile (“I’m new”)</source>
            <translation>Cada estudiante puede crear su perfil («Soy nuevo/a»)</translation>
        </message>
        <message>
            <source>The telecenter</source>
            <translation>El telecentro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Code (given by the programme)</source>
            <translation>Código (lo da el programa)</translation>
        </message>
        <message>
            <source>Language when the kiosk starts</source>
            <translation>Idioma al abrir el kiosco</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Cerrar la sesión después de estos minutos sin uso</translation>
        </message>
        <message>
            <source>Learners’ sign-in</source>
            <translation>Entrada de estudiantes</translation>
        </message>
        <message>
            <source>Programme goals: people to reach</source>
            <translation>Metas del programa: personas a alcanzar</translation>
        </message>
        <message>
            <source>Children (8 to 11)</source>
            <translation>Niñas y niños (8 a 11)</translation>
        </message>
        <message>
            <source>Teens (12 to 17)</source>
            <translation>Adolescentes (12 a 17)</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Parents and caregivers</source>
            <translation>Madres, padres y cuidadores</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>StaffArea</name>
        <message>
            <source>Staff: {name}</source>
            <translation>Personal: {name}</translation>
        </message>
        <message>
            <source>My PIN</source>
            <translation>Mi PIN</translation>
        </message>
        <message>
            <source>Close Telecentro</source>
            <translation>Cerrar Telecentro</translation>
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
        <message>
            <source>Sending the counts</source>
            <translation>Envío de datos</translation>
        </message>
        <message>
            <source>This page is not ready yet.</source>
            <translation>Esta página todavía no está lista.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Cambiar mi PIN</translation>
        </message>
        <message>
            <source>Your PIN was changed.</source>
            <translation>Tu PIN se cambió.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>StaffLabels</name>
        <message>
            <source>8 to 11</source>
            <translation>De 8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>De 12 a 17</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulto/a</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Parent or caregiver</source>
            <translation>Familia (mamá, papá o encargado/a)</translation>
        </message>
    </context>
    <context>
        <name>StaffManager</name>
        <message>
            <source>Who can sign in as staff</source>
            <translation>Quiénes pueden entrar como personal</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Agregar a una persona</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador/a</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN o contraseña</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>El mismo PIN otra vez</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Write the person’s name.</source>
            <translation>Escribí el nombre de la persona.</translation>
        </message>
        <message>
            <source>{name} can now sign in as staff.</source>
            <translation>{name} ya puede entrar como personal.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Cambiar mi PIN</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>PIN nuevo para {name}</translation>
        </message>
        <message>
            <source>The PIN of {name} was changed.</source>
            <translation>Se cambió el PIN de {name}.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Archive {name}? They will not be able to sign in any more. Their classes and workshops stay.</source>
            <translation>¿Archivar a {name}? Ya no va a poder entrar. Sus clases y talleres se conservan.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{name} was archived.</source>
            <translation>Se archivó a {name}.</translation>
        </message>
    </context>
    <context>
        <name>StaffProblems</name>
        <message>
            <source>Someone on the staff already has that name. Add an initial.</source>
            <translation>Alguien del personal ya tiene ese nombre. Agregá una inicial.</translation>
        </message>
        <message>
            <source>That PIN cannot be used.</source>
            <translation>Ese PIN no se puede usar.</translation>
        </message>
        <message>
            <source>That cannot be saved. Check what you wrote.</source>
            <translation>No se puede guardar. Revisá lo que escribiste.</translation>
        </message>
    </context>
    <context>
        <name>StaffRow</name>
        <message>
            <source> (you)</source>
            <translation> (vos)</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador/a</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>PIN nuevo para {name}</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Archive {name}</source>
            <translation>Archivar a {name}</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInPanel</name>
        <message>
            <source>Who are you? Tap your name.</source>
            <translation>¿Quién sos? Tocá tu nombre.</translation>
        </message>
        <message>
            <source>Type your PIN or password. It is never shown on the screen.</source>
            <translation>Escribí tu PIN o contraseña. Nunca se muestra en la pantalla.</translation>
        </message>
        <message>
            <source>Not you? Choose another name</source>
            <translation>¿No sos vos? Elegí otro nombre</translation>
        </message>
        <message>
            <source>Hello, {name}. Type your PIN.</source>
            <translation>Hola, {name}. Escribí tu PIN.</translation>
        </message>
        <message>
            <source>That PIN is not right. You have {tries} more tries.</source>
            <translation>Ese PIN no es correcto. Te quedan {tries} intentos.</translation>
        </message>
        <message>
            <source>That PIN is not right. You have one more try.</source>
            <translation>Ese PIN no es correcto. Te queda un intento.</translation>
        </message>
        <message>
            <source>That account is no longer active. Who are you?</source>
            <translation>Esa cuenta ya no está activa. ¿Quién sos?</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} seconds and try again.</source>
            <translation>Demasiados intentos fallidos. Esperá {seconds} segundos y probá otra vez.</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInScreen</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Entrada del personal</translation>
        </message>
    </context>
    <context>
        <name>StaffTile</name>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador/a</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sending the counts</source>
            <translation>Envío de datos</translation>
        </message>
        <message>
            <source>Only numbers leave this computer, never a name.</source>
            <translation>De esta computadora solo salen números, nunca un nombre.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>Último envío correcto</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Pendientes de envío</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Último error</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Próximo intento</translation>
        </message>
        <message>
            <source>Last USB bundle</source>
            <translation>Último paquete USB</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Enrol this kiosk…</source>
            <translation>Inscribir este kiosco…</translation>
        </message>
        <message>
            <source>Export to USB…</source>
            <translation>Exportar a USB…</translation>
        </message>
        <message>
            <source>Show sent figures too</source>
            <translation>Mostrar también lo ya enviado</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Lo que se va a enviar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Nothing is waiting: every figure was sent.</source>
            <translation>No hay nada pendiente: todos los datos se enviaron.</translation>
        </message>
        <message>
            <source>Sign-ins</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Lesson visits</source>
            <translation>Visitas a lecciones</translation>
        </message>
        <message>
            <source>Minutes in lessons</source>
            <translation>Minutos en lecciones</translation>
        </message>
        <message>
            <source>Lessons completed</source>
            <translation>Lecciones completadas</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Módulos completados</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Personas alcanzadas</translation>
        </message>
        <message>
            <source>Workshop participants</source>
            <translation>Participantes de talleres</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
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
            <source>Adult</source>
            <translation>Adulto/a</translation>
        </message>
        <message>
            <source>the date is in the future — check this computer's date and time</source>
            <translation>la fecha está en el futuro — revisá la fecha y hora de esta computadora</translation>
        </message>
        <message>
            <source>the date is too long ago — check this computer's date and time</source>
            <translation>la fecha es demasiado antigua — revisá la fecha y hora de esta computadora</translation>
        </message>
        <message>
            <source>the server does not know that figure (update the kiosk or the server)</source>
            <translation>el servidor no conoce ese dato (actualizá el kiosco o el servidor)</translation>
        </message>
        <message>
            <source>the server does not accept that grouping</source>
            <translation>el servidor no acepta esa clasificación</translation>
        </message>
        <message>
            <source>the value is not valid</source>
            <translation>el valor no es válido</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>{count} because {reason}</source>
            <translation>{count} porque {reason}</translation>
        </message>
        <message>
            <source>The server refused one figure: {reasons}</source>
            <translation>El servidor rechazó 1 dato: {reasons}</translation>
        </message>
        <message>
            <source>The server refused {count} figures: {reasons}</source>
            <translation>El servidor rechazó {count} datos: {reasons}</translation>
        </message>
        <message>
            <source>No connection to the server</source>
            <translation>No hay conexión con el servidor</translation>
        </message>
        <message>
            <source>The server no longer recognises this kiosk: enrol it again</source>
            <translation>El servidor ya no reconoce este kiosco: hay que inscribirlo de nuevo</translation>
        </message>
        <message>
            <source>The server is busy or in maintenance; it will be tried again later</source>
            <translation>El servidor está ocupado o en mantenimiento; se vuelve a intentar más tarde</translation>
        </message>
        <message>
            <source>The batch was too large for the server; it is sent in smaller parts</source>
            <translation>El envío era demasiado grande para el servidor; se manda en partes más chicas</translation>
        </message>
        <message>
            <source>The server had a problem (code {status}); it will be tried again later</source>
            <translation>El servidor tuvo un problema (código {status}); se vuelve a intentar más tarde</translation>
        </message>
        <message>
            <source>The server did not understand the data (a program error); it will be tried again later</source>
            <translation>El servidor no entendió el envío (un error del programa); se vuelve a intentar más tarde</translation>
        </message>
        <message>
            <source>The server's answer could not be understood (a proxy or a login portal?)</source>
            <translation>No se entiende la respuesta del servidor (¿un proxy o un portal de acceso?)</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a server yet</source>
            <translation>Este kiosco todavía no está inscripto en un servidor</translation>
        </message>
        <message>
            <source>The server refused the code: another kiosk used it already</source>
            <translation>El servidor rechazó el código: ya lo usó otro kiosco</translation>
        </message>
        <message>
            <source>The server refused the code (unknown or expired: ask for a new one)</source>
            <translation>El servidor rechazó el código (no existe o ya venció: pedí uno nuevo)</translation>
        </message>
        <message>
            <source>The server has withdrawn this kiosk: ask the programme office for a new code</source>
            <translation>El servidor dio de baja este kiosco: pedí un código nuevo a la oficina del programa</translation>
        </message>
        <message>
            <source>The server already has this kiosk enrolled with another key or at another telecenter: ask the programme office</source>
            <translation>El servidor ya tiene este kiosco inscripto con otra clave o en otro telecentro: consultá a la oficina del programa</translation>
        </message>
        <message>
            <source>Sync error ({code})</source>
            <translation>Error al sincronizar ({code})</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>enrol it again</source>
            <translation>hay que inscribirlo de nuevo</translation>
        </message>
        <message>
            <source>Not enrolled (the code {code} travels in the USB bundle)</source>
            <translation>Sin inscribir (el código {code} viaja en el paquete USB)</translation>
        </message>
        <message>
            <source>Not enrolled</source>
            <translation>Sin inscribir</translation>
        </message>
        <message>
            <source>(refused by the server: {count})</source>
            <translation>(rechazados por el servidor: {count})</translation>
        </message>
        <message>
            <source>This computer's date seems to be ahead. Check the date and time: figures dated in the future are not accepted.</source>
            <translation>La fecha de esta computadora parece adelantada. Revisá la fecha y la hora: los datos con fecha futura no se aceptan.</translation>
        </message>
        <message>
            <source>This computer's date seems to be behind. Check the date and time: figures dated too long ago are not accepted.</source>
            <translation>La fecha de esta computadora parece atrasada. Revisá la fecha y la hora: los datos con fechas muy antiguas no se aceptan.</translation>
        </message>
        <message>
            <source>What will be sent ({count})</source>
            <translation>Lo que se va a enviar ({count})</translation>
        </message>
        <message>
            <source>Every figure ({count})</source>
            <translation>Todos los datos ({count})</translation>
        </message>
        <message>
            <source>People who did it for the first time: their first sign-in ever, or their first visit to that module</source>
            <translation>Personas que lo hicieron por primera vez: su primer ingreso, o su primera visita a ese módulo</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled yet: enrol it, or take the figures on a USB stick.</source>
            <translation>Este kiosco todavía no está inscripto: inscribilo, o llevá los datos en un pendrive.</translation>
        </message>
        <message>
            <source>Sent: one figure.</source>
            <translation>Enviado: 1 dato.</translation>
        </message>
        <message>
            <source>Sent: {count} figures.</source>
            <translation>Enviados: {count} datos.</translation>
        </message>
        <message>
            <source>Nothing was waiting: everything had been sent.</source>
            <translation>No había nada pendiente: todo ya estaba enviado.</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Sending the figures…</source>
            <translation>Este kiosco quedó inscripto. Enviando los datos…</translation>
        </message>
        <message>
            <source>That is not a server address (for example https://conteos.ejemplo.org.py).</source>
            <translation>Eso no es una dirección de servidor (por ejemplo https://conteos.ejemplo.org.py).</translation>
        </message>
        <message>
            <source>No connection to the server. The code was kept: it travels in the next USB bundle.</source>
            <translation>No hay conexión con el servidor. El código quedó guardado: viaja en el próximo paquete USB.</translation>
        </message>
        <message>
            <source>Choose the USB stick or a folder</source>
            <translation>Elegí el pendrive o una carpeta</translation>
        </message>
        <message>
            <source>Saved the figures in {file}. Take it to the programme office or upload it at the collector's page.</source>
            <translation>Los datos se guardaron en {file}. Llevalo a la oficina del programa o subilo en la página del servidor.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>(nothing chosen)</source>
            <translation>(no eligió nada)</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>opción {number}</translation>
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
            <source>less than a minute</source>
            <translation>menos de un minuto</translation>
        </message>
        <message>
            <source>no time yet</source>
            <translation>todavía nada</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsPage</name>
        <message>
            <source>New workshop</source>
            <translation>Taller nuevo</translation>
        </message>
        <message>
            <source>Open a saved register</source>
            <translation>Abrir una lista guardada</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>For example: Take care of your secrets</source>
            <translation>Por ejemplo: Cuidá tus secretos</translation>
        </message>
        <message>
            <source>Name of the workshop</source>
            <translation>Nombre del taller</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Date of the workshop</source>
            <translation>Fecha del taller</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Class of the workshop</source>
            <translation>Clase del taller</translation>
        </message>
        <message>
            <source>Type a name, then Enter to tick it</source>
            <translation>Escribí un nombre y apretá Enter para marcarlo</translation>
        </message>
        <message>
            <source>Find a learner</source>
            <translation>Buscar a un o una estudiante</translation>
        </message>
        <message>
            <source>Learners: tick who came</source>
            <translation>Estudiantes: marcá quién vino</translation>
        </message>
        <message>
            <source>People without an account</source>
            <translation>Personas sin cuenta</translation>
        </message>
        <message>
            <source>Children 8 to 11</source>
            <translation>Niñas y niños de 8 a 11</translation>
        </message>
        <message>
            <source>Teens 12 to 17</source>
            <translation>Adolescentes de 12 a 17</translation>
        </message>
        <message>
            <source>Adult learners</source>
            <translation>Estudiantes adultos</translation>
        </message>
        <message>
            <source>Parents or caregivers</source>
            <translation>Madres, padres o cuidadores</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>Guardar asistencia</translation>
        </message>
        <message>
            <source>No class (open to everyone)</source>
            <translation>Sin clase (abierto a todos)</translation>
        </message>
        <message>
            <source>Open a saved register…</source>
            <translation>Abrir una lista guardada…</translation>
        </message>
        <message>
            <source>{date} · {title} ({people})</source>
            <translation>{date} · {title} ({people})</translation>
        </message>
        <message>
            <source>The class's {count} members come first, then everyone else.</source>
            <translation>Primero las {count} personas de la clase, después todas las demás.</translation>
        </message>
        <message>
            <source>No learners yet: count the people with the counters.</source>
            <translation>Todavía no hay estudiantes: contá a las personas con los contadores.</translation>
        </message>
        <message>
            <source>1 learner</source>
            <translation>1 estudiante</translation>
        </message>
        <message>
            <source>{count} learners</source>
            <translation>{count} estudiantes</translation>
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
            <source>Adult</source>
            <translation>Adulto/a</translation>
        </message>
        <message>
            <source>{name}  ·  {age}  ·  in the class</source>
            <translation>{name}  ·  {age}  ·  de la clase</translation>
        </message>
        <message>
            <source>{name}  ·  {age}</source>
            <translation>{name}  ·  {age}</translation>
        </message>
        <message>
            <source>Ticked: {count}</source>
            <translation>Marcados: {count}</translation>
        </message>
        <message>
            <source>Total: 1 person</source>
            <translation>Total: 1 persona</translation>
        </message>
        <message>
            <source>Total: {count} people</source>
            <translation>Total: {count} personas</translation>
        </message>
        <message>
            <source>Register: {title}</source>
            <translation>Lista: {title}</translation>
        </message>
        <message>
            <source>Write the name of the workshop first.</source>
            <translation>Primero escribí el nombre del taller.</translation>
        </message>
        <message>
            <source>Tick at least one person, or count the people without an account.</source>
            <translation>Marcá al menos a una persona, o contá a las personas sin cuenta.</translation>
        </message>
        <message>
            <source>Saved: 1 person at “{title}”.</source>
            <translation>Guardado: 1 persona en «{title}».</translation>
        </message>
        <message>
            <source>Saved: {count} people at “{title}”.</source>
            <translation>Guardado: {count} personas en «{title}».</translation>
        </message>
        <message>
            <source>The register could not be saved. Check the name and the numbers.</source>
            <translation>No se pudo guardar la lista. Revisá el nombre y los números.</translation>
        </message>
    </context>
</TS>
