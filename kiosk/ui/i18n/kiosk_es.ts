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
        <message numerus="yes">
            <source>Add %n learner(s)</source>
            <translation>
                <numerusform>Agregar %n estudiante</numerusform>
                <numerusform>Agregar %n estudiantes</numerusform>
            </translation>
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
            <source>3. By when</source>
            <translation>3. Para cuándo</translation>
        </message>
        <message>
            <source>With a due date (optional)</source>
            <translation>Con fecha de entrega (opcional)</translation>
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
            <source>Remove “{module}” for {who}</source>
            <translation>Quitar «{module}» para {who}</translation>
        </message>
        <message numerus="yes">
            <source>the %n learner(s) chosen</source>
            <translation>
                <numerusform>el estudiante elegido</numerusform>
                <numerusform>los %n estudiantes elegidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the assignment?</source>
            <translation>¿Quitar la asignación?</translation>
        </message>
        <message>
            <source>“{module}” will no longer be assigned to {who}. The learners keep what they have done in it, and can still open it.</source>
            <translation>«{module}» ya no va a estar asignado a {who}. Cada estudiante conserva lo que ya hizo y lo puede seguir abriendo.</translation>
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
        <name>AttendanceExport</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Time out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Age band</source>
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
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adulto</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>estudiante</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>docente</translation>
        </message>
        <message>
            <source>parent/caregiver</source>
            <translation>familia</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visita</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>taller</translation>
        </message>
        <message>
            <source>(no account)</source>
            <translation>(sin cuenta)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Done: {what} in {file}</source>
            <translation>Listo: {what} en {file}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheet</name>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>Mo</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Tu</source>
            <translation>Ma</translation>
        </message>
        <message>
            <source>We</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Th</source>
            <translation>Ju</translation>
        </message>
        <message>
            <source>Fr</source>
            <translation>Vi</translation>
        </message>
        <message>
            <source>Sa</source>
            <translation>Sá</translation>
        </message>
        <message>
            <source>Su</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Monthly attendance sheet</source>
            <translation>Planilla de asistencia</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>whole site</source>
            <translation>todo el sitio</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Generated on</source>
            <translation>Generada el</translation>
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
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>People per day</source>
            <translation>Personas por día</translation>
        </message>
        <message>
            <source>No account</source>
            <translation>Sin cuenta</translation>
        </message>
        <message>
            <source>V = visit to the telecenter · T = workshop · VT = both on the same day</source>
            <translation>V = visita al telecentro · T = taller · VT = las dos el mismo día</translation>
        </message>
        <message>
            <source>Visits: {visits} · Workshop places: {workshops} · People with an account: {people} · People with no account (workshops): {anonymous}</source>
            <translation>Visitas: {visits} · Participaciones en talleres: {workshops} · Personas con cuenta: {people} · Personas sin cuenta (talleres): {anonymous}</translation>
        </message>
        <message>
            <source>No attendance was recorded this month.</source>
            <translation>No hubo asistencia registrada este mes.</translation>
        </message>
        <message>
            <source>Coordinator's signature: ______________________________</source>
            <translation>Firma de quien coordina: ______________________________</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Backups</source>
            <translation>Respaldos</translation>
        </message>
        <message>
            <source>The kiosk keeps a copy of its data every day: the last 7 days and 4 weeks.</source>
            <translation>El kiosco guarda una copia de sus datos cada día: los últimos 7 días y 4 semanas.</translation>
        </message>
        <message>
            <source>I have read it</source>
            <translation>Lo leí</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Respaldos guardados</translation>
        </message>
        <message>
            <source>Copy backup to USB…</source>
            <translation>Copiar respaldo a USB…</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diario</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>semanal</translation>
        </message>
        <message>
            <source>{when} ({kind}, {size} MB)</source>
            <translation>{when} ({kind}, {size} MB)</translation>
        </message>
        <message>
            <source>No backup yet: the kiosk takes the first one shortly after it starts.</source>
            <translation>Todavía no hay respaldo: el kiosco hace el primero un rato después de arrancar.</translation>
        </message>
        <message>
            <source>Choose the USB stick or a folder</source>
            <translation>Elegí el pendrive o una carpeta</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation>Copiando el respaldo…</translation>
        </message>
        <message>
            <source>The backup was copied and checked: {file}. Keep the stick in a safe place: it holds the learners' names.</source>
            <translation>El respaldo se copió y se revisó: {file}. Guardá el pendrive en un lugar seguro: tiene los nombres de los estudiantes.</translation>
        </message>
        <message>
            <source>There is no good backup to copy yet.</source>
            <translation>Todavía no hay un respaldo bueno para copiar.</translation>
        </message>
        <message>
            <source>The backup could not be copied there. Is the USB stick full or read-only? Try another folder.</source>
            <translation>No se pudo copiar el respaldo ahí. ¿El pendrive está lleno o protegido contra escritura? Probá con otra carpeta.</translation>
        </message>
    </context>
    <context>
        <name>BlockRow</name>
        <message>
            <source>Less</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>The name of my block</source>
            <translation>El nombre de mi bloque</translation>
        </message>
    </context>
    <context>
        <name>BlocksEditor</name>
        <message>
            <source>Tap a block on the left to add it here.</source>
            <translation>Tocá un bloque de la izquierda para ponerlo acá.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Move the block up</source>
            <translation>Subir el bloque</translation>
        </message>
        <message>
            <source>Move the block down</source>
            <translation>Bajar el bloque</translation>
        </message>
        <message>
            <source>Delete the block</source>
            <translation>Borrar el bloque</translation>
        </message>
        <message>
            <source>Add “{block}”</source>
            <translation>Agregar «{block}»</translation>
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
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) added to “{name}”.</source>
            <translation>
                <numerusform>Se agregó %n estudiante a «{name}».</numerusform>
                <numerusform>Se agregaron %n estudiantes a «{name}».</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} will choose 4 new pictures at their next sign-in, once a teacher confirms it is them (or print them a card).</source>
            <translation>La próxima vez que entre, {name} va a elegir 4 dibujos nuevos, después de que un/a profe confirme que es la persona correcta (o imprimile una tarjeta).</translation>
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
            <source>{name} joined “{class_name}”.</source>
            <translation>{name} ya está en «{class_name}».</translation>
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
            <source>Reset</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Done: {name} will choose new pictures at the next sign-in.</source>
            <translation>Listo: {name} va a elegir dibujos nuevos la próxima vez que entre.</translation>
        </message>
        <message>
            <source>New picture passwords for “{name}”</source>
            <translation>Dibujos secretos nuevos para «{name}»</translation>
        </message>
        <message numerus="yes">
            <source>Each of the %n learner(s) gets 4 new secret pictures, and their cards are saved as a PDF to print. The pictures they use now will stop working. Hand each card to its owner.</source>
            <translation>
                <numerusform>La persona recibe 4 dibujos secretos nuevos, y su tarjeta se guarda en un PDF para imprimir. Los dibujos que usa ahora dejan de funcionar. Entregale la tarjeta a su dueño o dueña.</numerusform>
                <numerusform>Cada una de las %n personas recibe 4 dibujos secretos nuevos, y sus tarjetas se guardan en un PDF para imprimir. Los dibujos que usan ahora dejan de funcionar. Entregá cada tarjeta a su dueño o dueña.</numerusform>
            </translation>
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
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Done: %n demo learner(s) in {home}</source>
            <translation>
                <numerusform>Listo: %n estudiante de ejemplo en {home}</numerusform>
                <numerusform>Listo: %n estudiantes de ejemplo en {home}</numerusform>
            </translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinación</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>docente</translation>
        </message>
        <message>
            <source>  Demo staff: {name} ({role}), PIN {pin}</source>
            <translation>  Personal de ejemplo: {name} ({role}), PIN {pin}</translation>
        </message>
        <message>
            <source>{home} already has learners: nothing was added.</source>
            <translation>{home} ya tiene estudiantes: no se agregó nada.</translation>
        </message>
        <message>
            <source>{home} has no learners: run «kiosk demo --home {home}» first.</source>
            <translation>{home} no tiene estudiantes: corré primero «kiosk demo --home {home}».</translation>
        </message>
        <message numerus="yes">
            <source>Added %n learner visit(s) of today in {home}</source>
            <translation>
                <numerusform>Se agregó %n visita de hoy en {home}</numerusform>
                <numerusform>Se agregaron %n visitas de hoy en {home}</numerusform>
            </translation>
        </message>
        <message>
            <source>kiosk: the folder {home} cannot be used: {error}</source>
            <translation>kiosk: no se puede usar la carpeta {home}: {error}</translation>
        </message>
        <message>
            <source>kiosk sync enrol: not a valid server address: {error}</source>
            <translation>kiosk sync enrol: dirección de servidor no válida: {error}</translation>
        </message>
        <message>
            <source>{error} ({detail}). The code was kept: it goes in the next USB bundle (kiosk sync export-bundle).</source>
            <translation>{error} ({detail}). El código quedó guardado: irá en el próximo paquete USB (kiosk sync export-bundle).</translation>
        </message>
        <message>
            <source>Kiosk enrolled with {server} (telecenter: {site}).</source>
            <translation>Kiosco inscripto en {server} (telecentro: {site}).</translation>
        </message>
        <message>
            <source>Kiosk enrolled with {server}.</source>
            <translation>Kiosco inscripto en {server}.</translation>
        </message>
        <message>
            <source>{error}: use “kiosk sync enrol --server URL --code CODE”, or take the figures on a USB stick with “kiosk sync export-bundle”.</source>
            <translation>{error}: usá «kiosk sync enrol --server URL --code CÓDIGO», o llevá los datos en USB con «kiosk sync export-bundle».</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n figure(s) in {batches}: {accepted}, {refused}.</source>
            <translation>
                <numerusform>Enviado %n dato en {batches}: {accepted}, {refused}.</numerusform>
                <numerusform>Enviados %n datos en {batches}: {accepted}, {refused}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n envío</numerusform>
                <numerusform>%n envíos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>%n aceptado</numerusform>
                <numerusform>%n aceptados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n rechazado</numerusform>
                <numerusform>%n rechazados</numerusform>
            </translation>
        </message>
        <message>
            <source>There was nothing waiting to be sent.</source>
            <translation>No había datos pendientes.</translation>
        </message>
        <message>
            <source>Waiting: {count}.</source>
            <translation>Pendientes: {count}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{server} (telecenter: {site})</source>
            <translation>{server} (telecentro: {site})</translation>
        </message>
        <message>
            <source>not enrolled (code kept for USB: {code})</source>
            <translation>sin inscribir (código guardado para USB: {code})</translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>sin inscribir</translation>
        </message>
        <message>
            <source>Installation: {id}</source>
            <translation>Instalación: {id}</translation>
        </message>
        <message>
            <source>Server: {server}</source>
            <translation>Servidor: {server}</translation>
        </message>
        <message>
            <source>Last successful sync: {when}</source>
            <translation>Última sincronización correcta: {when}</translation>
        </message>
        <message>
            <source>Figures waiting: {count}</source>
            <translation>Datos pendientes: {count}</translation>
        </message>
        <message>
            <source>Figures refused: {count}</source>
            <translation>Datos rechazados: {count}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Último error: {error}</translation>
        </message>
        <message>
            <source>Next try: {when}</source>
            <translation>Próximo intento: {when}</translation>
        </message>
        <message>
            <source>Last USB bundle: {when}</source>
            <translation>Último paquete USB: {when}</translation>
        </message>
        <message>
            <source>This kiosk must be enrolled again (kiosk sync enrol).</source>
            <translation>Hay que inscribir este kiosco de nuevo (kiosk sync enrol).</translation>
        </message>
        <message>
            <source>Warning! {what}</source>
            <translation>¡Atención! {what}</translation>
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
            <source>Grouping</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>This kiosk is already enrolled online: the code is not needed and not used.</source>
            <translation>Este kiosco ya está inscripto en línea: el código no hace falta y no se usa.</translation>
        </message>
        <message>
            <source>kiosk sync export-bundle: the folder {folder} does not exist (is the USB stick plugged in?).</source>
            <translation>kiosk sync export-bundle: la carpeta {folder} no existe (¿está conectado el pendrive?).</translation>
        </message>
        <message>
            <source>kiosk sync export-bundle: the bundle could not be written to {folder} (is the USB stick full or write-protected?): {error}</source>
            <translation>kiosk sync export-bundle: no se pudo escribir el paquete en {folder} (¿el pendrive está lleno o protegido contra escritura?): {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s), with the enrolment code</source>
            <translation>
                <numerusform>%n dato, con el código de inscripción</numerusform>
                <numerusform>%n datos, con el código de inscripción</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s)</source>
            <translation>
                <numerusform>%n dato</numerusform>
                <numerusform>%n datos</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundle saved: {path} ({what})</source>
            <translation>Paquete guardado: {path} ({what})</translation>
        </message>
        <message>
            <source>kiosk {command}: could not open {home}: {error}</source>
            <translation>kiosk {command}: no se pudo abrir {home}: {error}</translation>
        </message>
        <message>
            <source>kiosk {command}: {problem}</source>
            <translation>kiosk {command}: {problem}</translation>
        </message>
        <message>
            <source>{other} would be merged into {keep} and removed: {what} would move to {keep}.</source>
            <translation>{other} se uniría con {keep} y se quitaría: {what} pasarían a {keep}.</translation>
        </message>
        <message>
            <source>Nothing was changed. Run the command again with --yes to merge them.</source>
            <translation>No se cambió nada. Repetí el comando con --yes para unirlos.</translation>
        </message>
        <message>
            <source>Done: {other} was merged into {keep} ({what}).</source>
            <translation>Listo: {other} se unió con {keep} ({what}).</translation>
        </message>
        <message>
            <source>Done: {old} is now called “{name}”.</source>
            <translation>Listo: {old} ahora se llama «{name}».</translation>
        </message>
        <message>
            <source>Done: {name} is archived (hidden from the sign-in screen; progress kept). 'kiosk learners restore' brings them back.</source>
            <translation>Listo: {name} quedó archivado/a (no aparece en la pantalla de entrada; su progreso se guarda). 'kiosk learners restore' lo/la trae de vuelta.</translation>
        </message>
        <message>
            <source>Done: {name} is back on the sign-in screen.</source>
            <translation>Listo: {name} volvió a la pantalla de entrada.</translation>
        </message>
        <message>
            <source>Deleting {name} would lose for good: {what}.</source>
            <translation>Borrar a {name} perdería para siempre: {what}.</translation>
        </message>
        <message>
            <source>Nothing was deleted. Run the command again with --yes to delete.</source>
            <translation>No se borró nada. Repetí el comando con --yes para borrar.</translation>
        </message>
        <message>
            <source>Done: {name} was deleted ({what}).</source>
            <translation>Listo: {name} fue borrado/a ({what}).</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) to lessons</source>
            <translation>
                <numerusform>%n visita a lecciones</numerusform>
                <numerusform>%n visitas a lecciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificado</numerusform>
                <numerusform>%n certificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>no learner is called or has the id “{wanted}”. 'kiosk learners list' shows them.</source>
            <translation>nadie se llama ni tiene el id «{wanted}». 'kiosk learners list' muestra a todos.</translation>
        </message>
        <message>
            <source>several learners are called “{wanted}” ({ids}): name one by the start of its id.</source>
            <translation>varias personas se llaman «{wanted}» ({ids}): nombrá a una por el comienzo de su id.</translation>
        </message>
        <message>
            <source>No learners yet.</source>
            <translation>Todavía no hay estudiantes.</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivado/a)</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adulto</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>estudiante</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>madre, padre o tutor/a</translation>
        </message>
        <message>
            <source>another learner already has this name and this picture.</source>
            <translation>otra persona ya tiene este nombre y este dibujo.</translation>
        </message>
        <message>
            <source>write a name or a nickname.</source>
            <translation>escribí un nombre o un apodo.</translation>
        </message>
        <message>
            <source>a profile cannot be merged with itself.</source>
            <translation>un perfil no se puede unir consigo mismo.</translation>
        </message>
        <message>
            <source>another active learner has the same name and picture: rename one of them first.</source>
            <translation>otra persona activa tiene el mismo nombre y dibujo: primero cambiá el nombre de una de las dos.</translation>
        </message>
        <message>
            <source>New PIN or password: </source>
            <translation>PIN o contraseña nueva: </translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>Otra vez lo mismo: </translation>
        </message>
        <message>
            <source>The two PINs are not the same. Nothing was changed.</source>
            <translation>Los dos PIN no son iguales. No se cambió nada.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess (like 1234 or 0000). Nothing was changed.</source>
            <translation>Ese PIN es muy fácil de adivinar (como 1234 o 0000). No se cambió nada.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>PIN nuevo guardado para {name}.</translation>
        </message>
        <message>
            <source>New recovery code (write it down and keep it somewhere safe): {code}</source>
            <translation>Código de recuperación nuevo (anotalo y guardalo en un lugar seguro): {code}</translation>
        </message>
        <message>
            <source>kiosk turtle run: {file} cannot be read: {error}</source>
            <translation>kiosk turtle run: no se puede leer {file}: {error}</translation>
        </message>
        <message>
            <source>kiosk turtle check: {file} cannot be read: {error}</source>
            <translation>kiosk turtle check: no se puede leer {file}: {error}</translation>
        </message>
        <message>
            <source>kiosk turtle check: there is no turtle challenge {challenge}</source>
            <translation>kiosk turtle check: no hay ningún desafío de tortuga {challenge}</translation>
        </message>
        <message>
            <source>passed: the program solves {challenge}</source>
            <translation>pasó: el programa resuelve {challenge}</translation>
        </message>
        <message>
            <source>failed: the program does not solve {challenge} yet</source>
            <translation>falló: el programa todavía no resuelve {challenge}</translation>
        </message>
        <message>
            <source>The backup could not be written: {error}</source>
            <translation>No se pudo escribir el respaldo: {error}</translation>
        </message>
        <message>
            <source>The backup failed its check and was deleted (see the log).</source>
            <translation>El respaldo no pasó la revisión y se borró (mirá el registro).</translation>
        </message>
        <message>
            <source>Backup taken: {path}</source>
            <translation>Respaldo hecho: {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Todavía no hay respaldos.</translation>
        </message>
        <message>
            <source>kiosk content pack: could not read the key or write the pack: {error}</source>
            <translation>kiosk content pack: no se pudo leer la clave o escribir el paquete: {error}</translation>
        </message>
        <message>
            <source>Pack {pack} {version} signed by {publisher}: {out}</source>
            <translation>Paquete {pack} {version} firmado por {publisher}: {out}</translation>
        </message>
        <message>
            <source>Installed pack {pack} {version} ({publisher}).</source>
            <translation>Paquete instalado: {pack} {version} ({publisher}).</translation>
        </message>
        <message>
            <source>  {module}: a new major version; quiz scores start again (completions are kept)</source>
            <translation>  {module}: una versión mayor nueva; los puntajes de las preguntas empiezan de nuevo (las lecciones terminadas se mantienen)</translation>
        </message>
        <message>
            <source>No lesson pack is installed.</source>
            <translation>No hay ningún paquete de lecciones instalado.</translation>
        </message>
        <message>
            <source> (previous: {version})</source>
            <translation> (anterior: {version})</translation>
        </message>
        <message>
            <source>Module {module} restored: {old} -&gt; {new}.</source>
            <translation>Módulo {module} vuelto atrás: {old} -&gt; {new}.</translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
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
        <name>ContentLanguage</name>
        <message>
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <source>Guarani</source>
            <translation>guaraní</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglés</translation>
        </message>
    </context>
    <context>
        <name>ContentPacksPage</name>
        <message>
            <source>Lesson packs</source>
            <translation>Paquetes de lecciones</translation>
        </message>
        <message>
            <source>New lessons from a USB stick. Only packs signed by a publisher this kiosk trusts are installed.</source>
            <translation>Lecciones nuevas desde un pendrive. Solo se instalan paquetes firmados por una editorial de confianza de este kiosco.</translation>
        </message>
        <message>
            <source>Import a pack (zip)…</source>
            <translation>Importar un paquete (zip)…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Importar una carpeta…</translation>
        </message>
        <message>
            <source>Installed modules</source>
            <translation>Módulos instalados</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Instalado</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <source>Restore the previous version</source>
            <translation>Volver a la versión anterior</translation>
        </message>
        <message>
            <source>No lesson pack is installed: the kiosk shows its own lessons.</source>
            <translation>No hay paquetes de lecciones instalados: el kiosco muestra sus propias lecciones.</translation>
        </message>
        <message>
            <source>the kiosk's own</source>
            <translation>las del kiosco</translation>
        </message>
        <message>
            <source>Choose a lesson pack</source>
            <translation>Elegí un paquete de lecciones</translation>
        </message>
        <message>
            <source>Lesson packs (*.zip);;All files (*)</source>
            <translation>Paquetes de lecciones (*.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose the pack's folder on the USB stick</source>
            <translation>Elegí la carpeta del paquete en el pendrive</translation>
        </message>
        <message>
            <source>Checking the pack «{name}»…</source>
            <translation>Revisando el paquete «{name}»…</translation>
        </message>
        <message>
            <source>Installed: pack «{pack}» {version}. Learners see the new lessons now.</source>
            <translation>Instalado: paquete «{pack}» {version}. Los estudiantes ya ven las lecciones nuevas.</translation>
        </message>
        <message>
            <source>«{module}» goes back from version {new} to {old}. Learners' completed lessons stay.</source>
            <translation>«{module}» vuelve de la versión {new} a la {old}. Las lecciones que terminaron los estudiantes se mantienen.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Restored version {old} (it was {new}).</source>
            <translation>Se volvió a la versión {old} (era la {new}).</translation>
        </message>
        <message>
            <source>Not installed: {reason}</source>
            <translation>No se instaló: {reason}</translation>
        </message>
        <message>
            <source>That file or folder could not be read. Is the USB stick still there?</source>
            <translation>No se pudo leer ese archivo o carpeta. ¿Sigue puesto el pendrive?</translation>
        </message>
    </context>
    <context>
        <name>ContentWords</name>
        <message>
            <source>The key is not an Ed25519 key.</source>
            <translation>La clave no es una clave Ed25519.</translation>
        </message>
        <message>
            <source>The key file is neither a PEM nor a raw Ed25519 key.</source>
            <translation>El archivo de la clave no es una clave Ed25519 (ni PEM ni en bruto).</translation>
        </message>
        <message>
            <source>The folder holds a link ({name}): packs hold only plain files.</source>
            <translation>La carpeta tiene un enlace ({name}): los paquetes solo llevan archivos comunes.</translation>
        </message>
        <message>
            <source>The pack holds no lesson module.</source>
            <translation>El paquete no tiene ningún módulo de lecciones.</translation>
        </message>
        <message numerus="yes">
            <source>The pack's lessons have %n problem(s), the same ones «kiosk lessons check» finds; nothing was installed.</source>
            <translation>
                <numerusform>Las lecciones del paquete tienen %n problema(s), los mismos que encuentra «kiosk lessons check»; no se instaló nada.</numerusform>
                <numerusform>Las lecciones del paquete tienen %n problema(s), los mismos que encuentra «kiosk lessons check»; no se instaló nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>A file name tries to leave the pack ({name}).</source>
            <translation>Un nombre de archivo intenta salir del paquete ({name}).</translation>
        </message>
        <message>
            <source>The pack has too many files (at most {n}).</source>
            <translation>El paquete tiene demasiados archivos (como máximo {n}).</translation>
        </message>
        <message>
            <source>A file is too large for a lesson pack ({name}).</source>
            <translation>Un archivo es demasiado grande para un paquete de lecciones ({name}).</translation>
        </message>
        <message>
            <source>This is not a lesson pack (neither a pack folder nor a zip).</source>
            <translation>Esto no es un paquete de lecciones (ni una carpeta de paquete ni un zip).</translation>
        </message>
        <message>
            <source>The pack lists a file twice ({name}).</source>
            <translation>El paquete tiene un archivo dos veces ({name}).</translation>
        </message>
        <message>
            <source>The folder holds something that is not a file ({name}).</source>
            <translation>La carpeta tiene algo que no es un archivo ({name}).</translation>
        </message>
        <message>
            <source>The zip file is damaged or cannot be read.</source>
            <translation>El archivo zip está dañado o no se puede leer.</translation>
        </message>
        <message>
            <source>The pack's description (pack.json) is not valid: {what}.</source>
            <translation>La descripción del paquete (pack.json) no es válida: {what}.</translation>
        </message>
        <message>
            <source>This is not a lesson pack (its format is not {format}).</source>
            <translation>Esto no es un paquete de lecciones (su formato no es {format}).</translation>
        </message>
        <message>
            <source>This is not a lesson pack: it has no pack.json.</source>
            <translation>Esto no es un paquete de lecciones: no tiene pack.json.</translation>
        </message>
        <message>
            <source>The pack is not signed (pack.sig is missing): it cannot be trusted.</source>
            <translation>El paquete no está firmado (falta pack.sig): no se puede confiar en él.</translation>
        </message>
        <message>
            <source>The pack is signed by «{publisher}», who is not a trusted publisher of this kiosk.</source>
            <translation>El paquete está firmado por «{publisher}», que no es una editorial de confianza de este kiosco.</translation>
        </message>
        <message>
            <source>The pack's signature does not match: it was changed after it was signed, or signed with another key.</source>
            <translation>La firma del paquete no coincide: lo cambiaron después de firmarlo, o lo firmaron con otra clave.</translation>
        </message>
        <message>
            <source>The pack holds a file that was added after signing: {name}.</source>
            <translation>El paquete tiene un archivo que se agregó después de firmarlo: {name}.</translation>
        </message>
        <message>
            <source>A file of the pack was changed after signing: {name}.</source>
            <translation>Un archivo del paquete se cambió después de firmarlo: {name}.</translation>
        </message>
        <message>
            <source>A file of the pack is missing: {name}.</source>
            <translation>Falta un archivo del paquete: {name}.</translation>
        </message>
        <message>
            <source>Another lesson pack is being installed on this kiosk. Try again in a moment.</source>
            <translation>Se está instalando otro paquete de lecciones en este kiosco. Probá de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Module «{module}» {new} is already installed.</source>
            <translation>El módulo «{module}» {new} ya está instalado.</translation>
        </message>
        <message>
            <source>Module «{module}» {new} is older than the installed version {old}: it was not installed (to go back, use «Restore the previous version»).</source>
            <translation>El módulo «{module}» {new} es más viejo que la versión instalada {old}: no se instaló (para volver atrás, usá «Volver a la versión anterior»).</translation>
        </message>
        <message>
            <source>The pack's modules do not match its description (pack.json): {module}.</source>
            <translation>Los módulos del paquete no coinciden con su descripción (pack.json): {module}.</translation>
        </message>
        <message>
            <source>Module «{module}» has no previous version to restore.</source>
            <translation>El módulo «{module}» no tiene una versión anterior para volver.</translation>
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
        <name>CrashDialog</name>
        <message>
            <source>The kiosk had a problem</source>
            <translation>El kiosco tuvo un problema</translation>
        </message>
        <message>
            <source>The kiosk had a problem…</source>
            <translation>El kiosco tuvo un problema…</translation>
        </message>
        <message>
            <source>What was saved before stays saved. A report for whoever helps this telecenter was written: copy it to a USB stick and hand it over. It holds no names.</source>
            <translation>Lo que se guardó antes sigue guardado. Se escribió un informe para quien ayuda a este telecentro: copialo a un USB y entregáselo. No tiene nombres.</translation>
        </message>
        <message>
            <source>What was saved before stays saved. The report could not be written.</source>
            <translation>Lo que se guardó antes sigue guardado. No se pudo escribir el informe.</translation>
        </message>
        <message>
            <source>Copy report to USB</source>
            <translation>Copiar informe a USB</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose the USB stick</source>
            <translation>Elegí el USB</translation>
        </message>
        <message>
            <source>The report could not be copied there. Try another folder.</source>
            <translation>No se pudo copiar el informe ahí. Probá con otra carpeta.</translation>
        </message>
        <message>
            <source>Copied: {file}</source>
            <translation>Copiado: {file}</translation>
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
        <message>
            <source>Sensitive lessons: only how many answered is shown.</source>
            <translation>Lecciones sensibles: solo se muestra cuántas personas respondieron.</translation>
        </message>
        <message numerus="yes">
            <source>“{lesson}” — {prompt}: answered by %n learner(s)</source>
            <translation>
                <numerusform>“{lesson}” — {prompt}: respondió %n persona</numerusform>
                <numerusform>“{lesson}” — {prompt}: respondieron %n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Reflection (not graded) · {lesson}</source>
            <translation>Reflexión (sin nota) · {lesson}</translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s): too few to show the answers without pointing at someone.</source>
            <translation>
                <numerusform>Respondió %n estudiante: son muy pocas respuestas para mostrarlas sin señalar a alguien.</numerusform>
                <numerusform>Respondieron %n estudiantes: son muy pocas respuestas para mostrarlas sin señalar a alguien.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s); only these counts are shown, never who chose what.</source>
            <translation>
                <numerusform>Respondió %n estudiante; se muestran solo estas cuentas, nunca quién eligió qué.</numerusform>
                <numerusform>Respondieron %n estudiantes; se muestran solo estas cuentas, nunca quién eligió qué.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DoctorWords</name>
        <message>
            <source>Kiosk</source>
            <translation>Kiosco</translation>
        </message>
        <message>
            <source>Version: {version}</source>
            <translation>Versión: {version}</translation>
        </message>
        <message>
            <source>Python {python} on {system}</source>
            <translation>Python {python} en {system}</translation>
        </message>
        <message>
            <source>Home: {path}</source>
            <translation>Carpeta del kiosco: {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
        <message>
            <source>Logs: {path}</source>
            <translation>Registros: {path}</translation>
        </message>
        <message>
            <source>Backups: {path}</source>
            <translation>Respaldos: {path}</translation>
        </message>
        <message>
            <source>Lessons: {path}</source>
            <translation>Lecciones: {path}</translation>
        </message>
        <message>
            <source>Problem: the home folder does not exist.</source>
            <translation>Problema: la carpeta del kiosco no existe.</translation>
        </message>
        <message>
            <source>Problem: there is no kiosk here (no {name} in this folder).</source>
            <translation>Problema: acá no hay ningún kiosco (no hay {name} en esta carpeta).</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Carpetas</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>No database file.</source>
            <translation>No hay archivo de base de datos.</translation>
        </message>
        <message>
            <source>Size: {size}</source>
            <translation>Tamaño: {size}</translation>
        </message>
        <message>
            <source>Problem: the database file is empty (0 bytes).</source>
            <translation>Problema: el archivo de la base de datos está vacío (0 bytes).</translation>
        </message>
        <message>
            <source>Problem: the database is damaged or is not a kiosk database ({error}).</source>
            <translation>Problema: la base de datos está dañada o no es del kiosco ({error}).</translation>
        </message>
        <message>
            <source>Integrity (quick_check): ok</source>
            <translation>Integridad (quick_check): bien</translation>
        </message>
        <message numerus="yes">
            <source>Problem: the database is damaged (quick_check found %n problem(s)).</source>
            <translation>
                <numerusform>Problema: la base de datos está dañada (quick_check encontró %n problema).</numerusform>
                <numerusform>Problema: la base de datos está dañada (quick_check encontró %n problemas).</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Schema: {revision} (this kiosk: {head})</source>
            <translation>Esquema: {revision} (este kiosco: {head})</translation>
        </message>
        <message>
            <source>Problem: this file was not made by the kiosk.</source>
            <translation>Problema: este archivo no lo hizo el kiosco.</translation>
        </message>
        <message>
            <source>Problem: a newer version of the kiosk wrote this database: install that version (or newer) to open it.</source>
            <translation>Problema: esta base de datos la guardó una versión más nueva del kiosco: instalá esa versión (o una más nueva) para abrirla.</translation>
        </message>
        <message>
            <source>The kiosk updates this database the next time it opens.</source>
            <translation>El kiosco va a actualizar esta base de datos la próxima vez que se abra.</translation>
        </message>
        <message>
            <source>Disk</source>
            <translation>Disco</translation>
        </message>
        <message>
            <source>Free space unknown: {error}</source>
            <translation>No se sabe cuánto espacio libre hay: {error}</translation>
        </message>
        <message>
            <source>Free at the home: {size}</source>
            <translation>Espacio libre en la carpeta del kiosco: {size}</translation>
        </message>
        <message>
            <source>Problem: less than {size} free: free some space.</source>
            <translation>Problema: quedan menos de {size} libres: liberá espacio.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Envío de datos</translation>
        </message>
        <message>
            <source>Not read: the database could not be opened.</source>
            <translation>No se leyó: no se pudo abrir la base de datos.</translation>
        </message>
        <message>
            <source>Not read: {error}</source>
            <translation>No se leyó: {error}</translation>
        </message>
        <message>
            <source>yes ({server})</source>
            <translation>sí ({server})</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Installation: {id}</source>
            <translation>Instalación: {id}</translation>
        </message>
        <message>
            <source>Enrolled: {answer}</source>
            <translation>Inscripto: {answer}</translation>
        </message>
        <message>
            <source>Last successful send: {when}</source>
            <translation>Último envío que salió bien: {when}</translation>
        </message>
        <message>
            <source>Figures waiting: {count}</source>
            <translation>Datos pendientes: {count}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Último error: {error}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Respaldos</translation>
        </message>
        <message>
            <source>Last backup: {when} ({days} days ago), {size}; {count} kept</source>
            <translation>Último respaldo: {when} (hace {days} días), {size}; se guardan {count}</translation>
        </message>
        <message>
            <source>No backup yet: the kiosk takes one when its window starts.</source>
            <translation>Todavía no hay respaldo: el kiosco hace uno cuando se abre su ventana.</translation>
        </message>
        <message>
            <source>Problem: {notice}</source>
            <translation>Problema: {notice}</translation>
        </message>
        <message>
            <source>Lesson packs</source>
            <translation>Paquetes de lecciones</translation>
        </message>
        <message>
            <source>Problem: {path} cannot be read: learners see the bundled lessons only.</source>
            <translation>Problema: no se puede leer {path}: los estudiantes ven solo las lecciones que vinieron con el kiosco.</translation>
        </message>
        <message>
            <source>None installed: the lessons that came with the kiosk.</source>
            <translation>Ninguno instalado: las lecciones que vinieron con el kiosco.</translation>
        </message>
        <message>
            <source>{pack} {version} from {publisher}, installed {when}: {modules}</source>
            <translation>{pack} {version} de {publisher}, instalado el {when}: {modules}</translation>
        </message>
        <message>
            <source>Problems found: {sections}</source>
            <translation>Se encontraron problemas en: {sections}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
    </context>
    <context>
        <name>EditLearnerDialog</name>
        <message>
            <source>Edit “{name}”</source>
            <translation>Editar a «{name}»</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
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
        <name>Errors</name>
        <message>
            <source>The kiosk could not do that. Try again.</source>
            <translation>El kiosco no pudo hacer eso. Probá de nuevo.</translation>
        </message>
        <message>
            <source>Something on this computer is not right. Please tell the facilitator.</source>
            <translation>Algo no anda bien en esta compu. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk could not save to its disk. Please tell the facilitator.</source>
            <translation>El kiosco no pudo guardar en su disco. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>A lesson could not be opened. Please tell the facilitator.</source>
            <translation>No se pudo abrir una lección. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>That cannot be saved. Check what you wrote.</source>
            <translation>No se puede guardar. Revisá lo que escribiste.</translation>
        </message>
        <message>
            <source>That cannot be done now.</source>
            <translation>Eso no se puede hacer ahora.</translation>
        </message>
        <message>
            <source>Something went wrong. Please tell the facilitator.</source>
            <translation>Algo salió mal. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The disk is full: the kiosk cannot save anything. Please tell the facilitator.</source>
            <translation>El disco está lleno: el kiosco no puede guardar nada. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk cannot write to its disk. Please tell the facilitator.</source>
            <translation>El kiosco no puede escribir en su disco. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk’s data file is damaged. Please tell the facilitator.</source>
            <translation>El archivo de datos del kiosco está dañado. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk’s data file is damaged or missing and there is no backup. The kiosk will not start empty. Please call the coordinator: the learners’ data may still be recovered.</source>
            <translation>El archivo de datos del kiosco está dañado o no está, y no hay respaldo. El kiosco no va a arrancar vacío. Llamá a la coordinación: los datos de los estudiantes todavía se pueden recuperar.</translation>
        </message>
        <message>
            <source>The kiosk cannot read its data file (its permissions changed). Please tell the facilitator.</source>
            <translation>El kiosco no puede leer su archivo de datos (cambiaron sus permisos). Avisale a la persona a cargo.</translation>
        </message>
        <message>
            <source>The kiosk’s data is busy: is another kiosk window open on this computer?</source>
            <translation>Los datos del kiosco están ocupados: ¿hay otra ventana del kiosco abierta en esta computadora?</translation>
        </message>
        <message>
            <source>The kiosk’s data file was not made by the kiosk. Please tell the facilitator.</source>
            <translation>El archivo de datos no es del kiosco. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk’s data was saved by a newer version of the kiosk. Install that version to open it.</source>
            <translation>Los datos del kiosco se guardaron con una versión más nueva del kiosco. Instalá esa versión para abrirlos.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder or a USB stick.</source>
            <translation>No se pudo guardar el archivo ahí. Probá con otra carpeta o un pendrive.</translation>
        </message>
        <message>
            <source>The kiosk cannot read its signing key. Please tell the facilitator.</source>
            <translation>El kiosco no puede leer su clave de firma. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk’s signing key is damaged. Please tell the facilitator.</source>
            <translation>La clave de firma del kiosco está dañada. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk’s signing key cannot be used. Please tell the facilitator.</source>
            <translation>La clave de firma del kiosco no se puede usar. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The kiosk cannot save its signing key. Please tell the facilitator.</source>
            <translation>El kiosco no puede guardar su clave de firma. Avisale al facilitador o a la facilitadora.</translation>
        </message>
        <message>
            <source>The figures could not be saved in that folder. Is the USB stick full or read-only?</source>
            <translation>No se pudieron guardar los datos en esa carpeta. ¿El pendrive está lleno o protegido contra escritura?</translation>
        </message>
        <message>
            <source>Write a first name or a nickname.</source>
            <translation>Escribí un nombre o un apodo.</translation>
        </message>
        <message>
            <source>That name is too long (at most {max} letters). Write only a first name or a nickname.</source>
            <translation>Ese nombre es demasiado largo (como máximo {max} letras). Escribí solo el nombre o un apodo.</translation>
        </message>
        <message>
            <source>Someone already has this name and this picture. Choose another picture.</source>
            <translation>Ya hay alguien con este nombre y este dibujo. Elegí otro dibujo.</translation>
        </message>
        <message>
            <source>Choose a picture from the list.</source>
            <translation>Elegí un dibujo de la lista.</translation>
        </message>
        <message>
            <source>Choose one of the options on the list.</source>
            <translation>Elegí una de las opciones de la lista.</translation>
        </message>
        <message>
            <source>Choose 4 different pictures.</source>
            <translation>Elegí 4 dibujos distintos.</translation>
        </message>
        <message>
            <source>Write only your first name or a nickname, without your surname. If your name has two words, ask someone from the staff to help you.</source>
            <translation>Escribí solo tu nombre o un apodo, sin apellido. Si tu nombre tiene dos palabras, pedile ayuda a alguien del personal.</translation>
        </message>
        <message>
            <source>Choose another profile: a profile cannot be merged with itself.</source>
            <translation>Elegí otro perfil: un perfil no se puede unir consigo mismo.</translation>
        </message>
        <message>
            <source>Another active learner is called “{name}” and has the same picture. Change the name or the picture of one of them first.</source>
            <translation>Otra persona activa se llama «{name}» y tiene el mismo dibujo. Primero cambiá el nombre o el dibujo de una de las dos.</translation>
        </message>
        <message>
            <source>Write the person’s name.</source>
            <translation>Escribí el nombre de la persona.</translation>
        </message>
        <message>
            <source>That name is too long: at most {max} characters.</source>
            <translation>Ese nombre es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>Someone on the staff already has that name. Add an initial.</source>
            <translation>Alguien del personal ya tiene ese nombre. Agregá una inicial.</translation>
        </message>
        <message>
            <source>Choose teacher or coordinator.</source>
            <translation>Elegí docente o coordinador/a.</translation>
        </message>
        <message>
            <source>The first person on the staff must be a coordinator.</source>
            <translation>La primera persona del personal tiene que ser coordinador/a.</translation>
        </message>
        <message>
            <source>You cannot archive your own account: ask another coordinator.</source>
            <translation>No podés archivar tu propia cuenta: pedíselo a otro coordinador o coordinadora.</translation>
        </message>
        <message>
            <source>Someone else has just set this kiosk up. Sign in with your PIN.</source>
            <translation>Otra persona acaba de configurar este kiosco. Entrá con tu PIN.</translation>
        </message>
        <message>
            <source>Type a PIN or a password.</source>
            <translation>Escribí un PIN o una contraseña.</translation>
        </message>
        <message>
            <source>A PIN needs {min} to {max} numbers.</source>
            <translation>El PIN tiene que tener de {min} a {max} números.</translation>
        </message>
        <message>
            <source>A password needs at least {min} characters (or use a PIN of {pin_min} to {pin_max} numbers).</source>
            <translation>La contraseña necesita al menos {min} caracteres (o usá un PIN de {pin_min} a {pin_max} números).</translation>
        </message>
        <message>
            <source>That is too long: at most {max} characters.</source>
            <translation>Es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>This kiosk has no coordinator yet: open it and set it up.</source>
            <translation>Este kiosco todavía no tiene coordinador/a: abrilo y configuralo.</translation>
        </message>
        <message>
            <source>This kiosk has no coordinator called {name}.</source>
            <translation>En este kiosco no hay ningún coordinador/a llamado {name}.</translation>
        </message>
        <message>
            <source>This kiosk has several coordinators: say which one ({names}).</source>
            <translation>Este kiosco tiene varios coordinadores: decí cuál ({names}).</translation>
        </message>
        <message>
            <source>The telecenter’s name is too long: at most {max} characters.</source>
            <translation>El nombre del telecentro es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>The telecenter’s code is too long: at most {max} characters.</source>
            <translation>El código del telecentro es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>The minutes before an idle sign-out must be a whole number from {min} to {max}.</source>
            <translation>Los minutos sin uso antes de cerrar la sesión tienen que ser un número entero de {min} a {max}.</translation>
        </message>
        <message>
            <source>The minutes before an idle sign-out must be from {min} to {max}.</source>
            <translation>Los minutos sin uso antes de cerrar la sesión tienen que estar entre {min} y {max}.</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Elegí un idioma de la lista.</translation>
        </message>
        <message>
            <source>The kiosk does not know these goals: {goals}.</source>
            <translation>El kiosco no conoce estas metas: {goals}.</translation>
        </message>
        <message>
            <source>Each goal is a whole number, from 0 to a million.</source>
            <translation>Cada meta es un número entero, de 0 a un millón.</translation>
        </message>
        <message>
            <source>Write a name for the class.</source>
            <translation>Escribí un nombre para la clase.</translation>
        </message>
        <message>
            <source>A class name can have at most {max} characters.</source>
            <translation>El nombre de la clase puede tener hasta {max} caracteres.</translation>
        </message>
        <message>
            <source>There is already a class with that name. Choose another name.</source>
            <translation>Ya hay una clase con ese nombre. Elegí otro nombre.</translation>
        </message>
        <message>
            <source>Another class already has this name: rename one of them first.</source>
            <translation>Otra clase ya tiene este nombre: primero cambiale el nombre a una de las dos.</translation>
        </message>
        <message>
            <source>Nothing was imported: some rows have problems. Correct them and import the file again.</source>
            <translation>No se importó nada: algunas filas tienen problemas. Corregilas y volvé a importar el archivo.</translation>
        </message>
        <message>
            <source>Choose at least one module.</source>
            <translation>Elegí al menos un módulo.</translation>
        </message>
        <message>
            <source>Choose a class or some learners.</source>
            <translation>Elegí una clase o algunos estudiantes.</translation>
        </message>
        <message>
            <source>Choose at least one learner, or choose the whole class.</source>
            <translation>Elegí al menos un estudiante, o elegí toda la clase.</translation>
        </message>
        <message>
            <source>That date has already passed: choose today or a later day.</source>
            <translation>Esa fecha ya pasó: elegí hoy o un día que venga.</translation>
        </message>
        <message>
            <source>This class is archived: it cannot get new modules.</source>
            <translation>Esta clase está archivada: no puede recibir módulos.</translation>
        </message>
        <message>
            <source>Some of the chosen learners are no longer in this class. Refresh and try again.</source>
            <translation>Algunos de los estudiantes elegidos ya no están en esta clase. Actualizá y probá de nuevo.</translation>
        </message>
        <message>
            <source>Write the name of the workshop first.</source>
            <translation>Primero escribí el nombre del taller.</translation>
        </message>
        <message>
            <source>The name of the workshop is too long: at most {max} characters.</source>
            <translation>El nombre del taller es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>The date of the workshop is not valid.</source>
            <translation>La fecha del taller no es válida.</translation>
        </message>
        <message>
            <source>The number of people without an account must be from 0 to {max}.</source>
            <translation>La cantidad de personas sin cuenta tiene que estar entre 0 y {max}.</translation>
        </message>
        <message>
            <source>Someone on the list is no longer on this kiosk. Refresh and try again.</source>
            <translation>Alguien de la lista ya no está en este kiosco. Actualizá y probá de nuevo.</translation>
        </message>
        <message>
            <source>The first day ({start}) is after the last day ({end}).</source>
            <translation>El primer día ({start}) es posterior al último ({end}).</translation>
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
            <source>The server had newer figures of this kiosk: it was restored from an older copy. From now on it counts as a new kiosk; nothing is counted twice</source>
            <translation>El servidor tenía datos más nuevos de este kiosco: fue restaurado de una copia más vieja. Desde ahora cuenta como un kiosco nuevo; nada se cuenta dos veces</translation>
        </message>
        <message>
            <source>That is not a server address (for example https://conteos.ejemplo.org.py).</source>
            <translation>Eso no es una dirección de servidor (por ejemplo https://conteos.ejemplo.org.py).</translation>
        </message>
        <message>
            <source>That folder does not exist. Choose the USB stick again.</source>
            <translation>Esa carpeta no existe. Elegí el pendrive de nuevo.</translation>
        </message>
        <message>
            <source>That file is not a readable bundle of figures.</source>
            <translation>Ese archivo no es un paquete de datos que se pueda leer.</translation>
        </message>
        <message>
            <source>The bundle has files that do not belong in it.</source>
            <translation>El paquete tiene archivos que no corresponden.</translation>
        </message>
        <message>
            <source>The bundle’s list of contents is damaged.</source>
            <translation>La lista de contenido del paquete está dañada.</translation>
        </message>
        <message>
            <source>That file is not a bundle of telecenter figures.</source>
            <translation>Ese archivo no es un paquete de datos de un telecentro.</translation>
        </message>
        <message>
            <source>The bundle’s signature is not valid: it was changed.</source>
            <translation>La firma del paquete no es válida: fue modificado.</translation>
        </message>
        <message>
            <source>The bundle’s figures do not match its list of contents: they were changed.</source>
            <translation>Los datos del paquete no coinciden con su lista de contenido: fueron modificados.</translation>
        </message>
        <message>
            <source>The bundle’s number of figures does not match its list of contents.</source>
            <translation>La cantidad de datos del paquete no coincide con su lista de contenido.</translation>
        </message>
        <message>
            <source>Ask your teacher to confirm it is you before you choose your pictures.</source>
            <translation>Pedile a tu profe que confirme que sos vos antes de elegir tus dibujos.</translation>
        </message>
        <message>
            <source>A coordinator’s PIN needs {min} to {max} numbers (or use a password of {password_min} or more characters).</source>
            <translation>El PIN de un coordinador necesita de {min} a {max} números (o usá una contraseña de {password_min} caracteres o más).</translation>
        </message>
        <message>
            <source>I could not save your answer: this computer’s disk is full. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta: el disco de esta computadora está lleno. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>I could not save your answer: this computer does not let the kiosk write. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta: esta computadora no deja escribir al kiosco. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>I could not save your answer: the kiosk’s file is damaged. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta: el archivo del kiosco está dañado. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>I could not save your answer yet: the kiosk is busy. Wait a moment and answer again.</source>
            <translation>Todavía no pude guardar tu respuesta: el kiosco está ocupado. Esperá un momento y respondé de nuevo.</translation>
        </message>
        <message>
            <source>I could not save your answer: this kiosk is older than its data. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta: este kiosco es más viejo que sus datos. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>I could not save your answer: the kiosk’s data file is not its own. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta: el archivo de datos no es del kiosco. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>I could not save your answer. Tell the person who is helping you.</source>
            <translation>No pude guardar tu respuesta. Avisale a la persona que te ayuda.</translation>
        </message>
        <message>
            <source>Nothing was marked. You can answer again, or go home.</source>
            <translation>No se marcó nada. Podés responder de nuevo o volver al inicio.</translation>
        </message>
        <message>
            <source>Saving your answer…</source>
            <translation>Guardando tu respuesta…</translation>
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
        <message numerus="yes">
            <source>Showing the first {shown} of %n row(s); the file has all of them.</source>
            <translation>
                <numerusform>Se ven las primeras {shown} de %n fila; el archivo las tiene todas.</numerusform>
                <numerusform>Se ven las primeras {shown} de %n filas; el archivo las tiene todas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s), the same as in the file.</source>
            <translation>
                <numerusform>%n fila, la misma que en el archivo.</numerusform>
                <numerusform>%n filas, las mismas que en el archivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n row(s)</source>
            <translation>
                <numerusform>{done} de %n fila</numerusform>
                <numerusform>{done} de %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>Página {done} de {total}</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Armando las páginas…</translation>
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
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
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
            <source>Language when the kiosk starts</source>
            <translation>Idioma al abrir el kiosco</translation>
        </message>
        <message>
            <source>Given by the programme (you can add it later)</source>
            <translation>Te lo da el programa (podés agregarlo después)</translation>
        </message>
        <message>
            <source>Telecenter code</source>
            <translation>Código del telecentro</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Idle minutes before a sign-out</source>
            <translation>Minutos sin uso antes de salir</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
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
        <name>ForgotPinView</name>
        <message>
            <source>XXXX-XXXX-XXXX</source>
            <translation>XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Your new PIN or password</source>
            <translation>Tu PIN o contraseña nueva</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>El mismo PIN otra vez</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Guardar el PIN nuevo</translation>
        </message>
        <message>
            <source>Forgot your PIN, {name}?</source>
            <translation>¿Olvidaste tu PIN, {name}?</translation>
        </message>
        <message>
            <source>Type the recovery code you wrote down when the kiosk was set up (or the last one it gave you), then choose a new PIN. It works even while your PIN is locked.</source>
            <translation>Escribí el código de recuperación que anotaste cuando se instaló el kiosco (o el último que te dio) y elegí un PIN nuevo. Funciona aunque tu PIN esté bloqueado.</translation>
        </message>
        <message>
            <source>Ask a coordinator to set you a new PIN (or lift a lock) from the staff page.</source>
            <translation>Pedile a un coordinador que te ponga un PIN nuevo (o que quite el bloqueo) desde la página del personal.</translation>
        </message>
        <message numerus="yes">
            <source>That recovery code is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>Ese código de recuperación no es correcto. Te queda %n intento más.</numerusform>
                <numerusform>Ese código de recuperación no es correcto. Te quedan %n intentos más.</numerusform>
            </translation>
        </message>
        <message>
            <source>That account cannot use a recovery code. Ask a coordinator.</source>
            <translation>Esa cuenta no puede usar un código de recuperación. Pedile ayuda a un coordinador o coordinadora.</translation>
        </message>
    </context>
    <context>
        <name>GalleryScreen</name>
        <message>
            <source>My gallery</source>
            <translation>Mi galería</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Your gallery is empty for now. In a coding lesson, when your program draws something, press “Save to my gallery”.</source>
            <translation>Tu galería está vacía por ahora. En una lección de programación, cuando tu programa dibuje algo, tocá «Guardar en mi galería».</translation>
        </message>
        <message>
            <source>Save as picture (PNG)</source>
            <translation>Guardar como imagen (PNG)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Back to my gallery</source>
            <translation>Volver a mi galería</translation>
        </message>
        <message>
            <source>{count} of {most} drawings. Tap one to see it big.</source>
            <translation>{count} de {most} dibujos. Tocá uno para verlo grande.</translation>
        </message>
        <message>
            <source>Saved on {when}</source>
            <translation>Guardado el {when}</translation>
        </message>
        <message>
            <source>Delete “{title}” from your gallery? It cannot come back.</source>
            <translation>¿Borrar «{title}» de tu galería? No se puede recuperar.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>No, dejarlo</translation>
        </message>
        <message>
            <source>Save the drawing as a picture</source>
            <translation>Guardar el dibujo como imagen</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved as {file} in {folder}.</source>
            <translation>Guardado como {file} en {folder}.</translation>
        </message>
        <message>
            <source>The picture could not be saved there. Is the USB stick plugged in and not full?</source>
            <translation>No se pudo guardar la imagen ahí. ¿El pendrive está conectado y tiene lugar?</translation>
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
            <source>{symbol} stuck</source>
            <translation>{symbol} trabado</translation>
        </message>
        <message>
            <source>{symbol} {score} %</source>
            <translation>{symbol} {score} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: done (a sensitive lesson: its score is not shown)</source>
            <translation>{name} — “{lesson}”: terminada (es una lección sensible: su puntaje no se muestra)</translation>
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
            <source>Stuck on “{challenge}” ({runs} tries)</source>
            <translation>Trabado en “{challenge}” ({runs} intentos)</translation>
        </message>
        <message>
            <source>Click or press Enter to see their last program.</source>
            <translation>Hacé clic o apretá Enter para ver su último programa.</translation>
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
            <source>{symbol} stuck</source>
            <translation>{symbol} trabado</translation>
        </message>
        <message>
            <source>Click a name to see the learner, or a cell to see the answers.</source>
            <translation>Tocá un nombre para ver al estudiante, o una casilla para ver sus respuestas.</translation>
        </message>
    </context>
    <context>
        <name>HelpCard</name>
        <message>
            <source>Need help?</source>
            <translation>¿Necesitás ayuda?</translation>
        </message>
        <message>
            <source>Talk to the facilitator of the telecenter.</source>
            <translation>Hablá con la persona facilitadora del telecentro.</translation>
        </message>
    </context>
    <context>
        <name>HelpList</name>
        <message>
            <source>Need help?</source>
            <translation>¿Necesitás ayuda?</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>My gallery</source>
            <translation>Mi galería</translation>
        </message>
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
        <message numerus="yes">
            <source>Your session will close in %n second(s) so that nobody else uses it.</source>
            <translation>
                <numerusform>Tu sesión se va a cerrar en %n segundo para que nadie más la use.</numerusform>
                <numerusform>Tu sesión se va a cerrar en %n segundos para que nadie más la use.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>{bad} of %n row(s) have a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</source>
            <translation>
                <numerusform>{bad} de %n fila tiene un problema (marcada). Mientras una fila tenga un problema no se importa nada: corregí el archivo y elegilo de nuevo, o importá solo las filas correctas.</numerusform>
                <numerusform>{bad} de %n filas tienen un problema (marcadas). Mientras una fila tenga un problema no se importa nada: corregí el archivo y elegilo de nuevo, o importá solo las filas correctas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) are ready to import.</source>
            <translation>
                <numerusform>%n persona lista para importar.</numerusform>
                <numerusform>%n personas listas para importar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n learner(s)</source>
            <translation>
                <numerusform>Importar %n persona</numerusform>
                <numerusform>Importar %n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Importar solo la fila correcta</numerusform>
                <numerusform>Importar solo las %n filas correctas</numerusform>
            </translation>
        </message>
        <message>
            <source>New classes: {names}</source>
            <translation>Clases nuevas: {names}</translation>
        </message>
        <message>
            <source>Rows with no class go into “{name}”.</source>
            <translation>Las filas sin clase van a «{name}».</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move “{item}” up</source>
            <translation>Subir «{item}»</translation>
        </message>
        <message>
            <source>Move “{item}” down</source>
            <translation>Bajar «{item}»</translation>
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
        <name>LanguagePicker</name>
        <message>
            <source>{language} (in review)</source>
            <translation>{language} (en revisión)</translation>
        </message>
        <message>
            <source>Translation in review</source>
            <translation>Traducción en revisión</translation>
        </message>
    </context>
    <context>
        <name>LearnerActions</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Name, picture, age and role of the chosen learner</source>
            <translation>Nombre, dibujo, edad y rol de la persona elegida</translation>
        </message>
        <message>
            <source>Merge with…</source>
            <translation>Unir con…</translation>
        </message>
        <message>
            <source>The same child has two profiles: join them into this one</source>
            <translation>La misma persona tiene dos perfiles: unilos en este</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Hide from the sign-in screen; progress and figures are kept</source>
            <translation>Lo saca de la pantalla de entrada; se guardan su progreso y las cifras</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Borrar…</translation>
        </message>
        <message>
            <source>Lift the pause</source>
            <translation>Quitar la pausa</translation>
        </message>
        <message>
            <source>Too many wrong picture tries: let the learner try again now</source>
            <translation>Demasiados intentos equivocados con los dibujos: que pueda probar de nuevo ahora</translation>
        </message>
        <message>
            <source>Archived learners…</source>
            <translation>Estudiantes archivados…</translation>
        </message>
        <message>
            <source>Saved: {name}.</source>
            <translation>Guardado: {name}.</translation>
        </message>
        <message>
            <source>Done: {name} can try their pictures again now.</source>
            <translation>Listo: {name} ya puede volver a probar sus dibujos.</translation>
        </message>
        <message>
            <source>{name} is archived: hidden from the sign-in screen, progress kept. “Archived learners…” brings them back.</source>
            <translation>{name} quedó archivado/a: no aparece en la pantalla de entrada y su progreso se guarda. «Estudiantes archivados…» lo/la trae de vuelta.</translation>
        </message>
        <message>
            <source>Archived learners</source>
            <translation>Estudiantes archivados</translation>
        </message>
        <message>
            <source>They do not appear on the sign-in screen. Their progress is kept. Choose one to bring back.</source>
            <translation>No aparecen en la pantalla de entrada. Su progreso se guarda. Elegí a quién traer de vuelta.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>{name} is back on the sign-in screen.</source>
            <translation>{name} volvió a la pantalla de entrada.</translation>
        </message>
        <message>
            <source>Merge with “{name}”</source>
            <translation>Unir con «{name}»</translation>
        </message>
        <message>
            <source>Choose the other profile of the same child. Everything it did moves to “{name}”, and the other profile is removed.</source>
            <translation>Elegí el otro perfil de la misma persona. Todo lo que hizo pasa a «{name}» y el otro perfil se quita.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>Continuar…</translation>
        </message>
        <message>
            <source>Merge “{other}” into “{name}”?</source>
            <translation>¿Unir «{other}» con «{name}»?</translation>
        </message>
        <message>
            <source>Everything “{other}” did ({what}) moves to “{name}”, with its classes and workshops. The profile “{other}” is removed. This cannot be undone.</source>
            <translation>Todo lo que hizo «{other}» ({what}) pasa a «{name}», con sus clases y talleres. El perfil «{other}» se quita. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Unir</translation>
        </message>
        <message>
            <source>“{other}” was merged into “{name}”.</source>
            <translation>«{other}» se unió con «{name}».</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>¿Borrar a «{name}» para siempre?</translation>
        </message>
        <message>
            <source>Everything “{name}” did on this kiosk is lost: {what}. This cannot be undone. To only hide them from the sign-in screen, archive them instead.</source>
            <translation>Se pierde todo lo que «{name}» hizo en este kiosco: {what}. No se puede deshacer. Para solo sacarlo/a de la pantalla de entrada, archivalo/a.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>“{name}” was deleted.</source>
            <translation>«{name}» fue borrado/a.</translation>
        </message>
        <message numerus="yes">
            <source>%n lesson visit(s)</source>
            <translation>
                <numerusform>%n visita a lecciones</numerusform>
                <numerusform>%n visitas a lecciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificado</numerusform>
                <numerusform>%n certificados</numerusform>
            </translation>
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
            <source>See the last program</source>
            <translation>Ver el último programa</translation>
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
        <message numerus="yes">
            <source>Time in lessons: {time} · %n visit(s) · last visit: {date}</source>
            <translation>
                <numerusform>Tiempo en lecciones: {time} · %n visita · última visita: {date}</numerusform>
                <numerusform>Tiempo en lecciones: {time} · %n visitas · última visita: {date}</numerusform>
            </translation>
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
            <source>Reflection: only counted for the class</source>
            <translation>Reflexión: solo se cuenta para la clase</translation>
        </message>
        <message>
            <source>not graded</source>
            <translation>sin nota</translation>
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
            <source>Read aloud</source>
            <translation>Leer en voz alta</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>The question is further down ↓</source>
            <translation>La pregunta está más abajo ↓</translation>
        </message>
        <message>
            <source>This lesson is shown in Spanish: the {language} version is being updated.</source>
            <translation>Esta lección se muestra en español: la versión en {language} se está actualizando.</translation>
        </message>
        <message>
            <source>This lesson is shown in Spanish until its {language} translation is reviewed.</source>
            <translation>Esta lección se muestra en español hasta que se revise su traducción al {language}.</translation>
        </message>
        <message>
            <source>The {language} version is being updated.</source>
            <translation>La versión en {language} se está actualizando.</translation>
        </message>
        <message>
            <source>Translation under review.</source>
            <translation>Traducción en revisión.</translation>
        </message>
        <message>
            <source>This page could not be shown. Tell your teacher.</source>
            <translation>Esta página no se pudo mostrar. Avisale a tu profe.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>The question is further up ↑</source>
            <translation>La pregunta está más arriba ↑</translation>
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
        <message>
            <source>Stop reading</source>
            <translation>Dejar de leer</translation>
        </message>
    </context>
    <context>
        <name>LockWait</name>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Demasiados intentos fallidos. Esperá %n segundo y probá otra vez.</numerusform>
                <numerusform>Demasiados intentos fallidos. Esperá %n segundos y probá otra vez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n minute(s) and try again.</source>
            <translation>
                <numerusform>Demasiados intentos fallidos. Esperá %n minuto y probá otra vez.</numerusform>
                <numerusform>Demasiados intentos fallidos. Esperá %n minutos y probá otra vez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This lesson is not available on this kiosk any more.</source>
            <translation>Esta lección ya no está en este kiosco.</translation>
        </message>
    </context>
    <context>
        <name>MatchWidget</name>
        <message>
            <source>For each item, tap the one that goes with it, then press “Check”.</source>
            <translation>Para cada frase, tocá la tarjeta que va con ella y después tocá “Comprobar”.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>That’s right! Every pair matches.</source>
            <translation>¡Muy bien! Todas las parejas están bien.</translation>
        </message>
        <message>
            <source>This pair does not match yet.</source>
            <translation>Esta pareja todavía no va junta.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at again:</source>
            <translation>
                <numerusform>Hay %n pareja para mirar otra vez:</numerusform>
                <numerusform>Hay %n parejas para mirar otra vez:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MockView</name>
        <message>
            <source>A chat message (an example)</source>
            <translation>Un mensaje de chat (un ejemplo)</translation>
        </message>
        <message>
            <source>A text message (an example)</source>
            <translation>Un mensaje de texto (un ejemplo)</translation>
        </message>
        <message>
            <source>An e-mail (an example)</source>
            <translation>Un correo electrónico (un ejemplo)</translation>
        </message>
        <message>
            <source>A social media profile (an example)</source>
            <translation>Un perfil de una red social (un ejemplo)</translation>
        </message>
        <message>
            <source>A social media post (an example)</source>
            <translation>Una publicación de una red social (un ejemplo)</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificado</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Mensaje de texto</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentar</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Compartir</translation>
        </message>
    </context>
    <context>
        <name>ModuleCard</name>
        <message numerus="yes">
            <source>{done} of %n lesson(s) done</source>
            <translation>
                <numerusform>{done} de %n lección terminada</numerusform>
                <numerusform>{done} de %n lecciones terminadas</numerusform>
            </translation>
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
        <name>OptionsWidget</name>
        <message>
            <source>Choose every right answer, then press “Check”.</source>
            <translation>Elegí todas las respuestas correctas y después tocá «Comprobar».</translation>
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
        <name>OrderWidget</name>
        <message>
            <source>Put them in order with “Up” and “Down”, then press “Check”.</source>
            <translation>Ordenalos con «Subir» y «Bajar». Después tocá «Comprobar».</translation>
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
            <source>The first one is not in its place yet. Try again!</source>
            <translation>El primero todavía no está en su lugar. ¡Probá de nuevo!</translation>
        </message>
        <message>
            <source>The first one is right. Keep going!</source>
            <translation>El primero está bien. ¡Seguí así!</translation>
        </message>
        <message>
            <source>two</source>
            <translation>dos</translation>
        </message>
        <message>
            <source>three</source>
            <translation>tres</translation>
        </message>
        <message>
            <source>four</source>
            <translation>cuatro</translation>
        </message>
        <message>
            <source>five</source>
            <translation>cinco</translation>
        </message>
        <message>
            <source>six</source>
            <translation>seis</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>siete</translation>
        </message>
        <message>
            <source>The first {count} are right. Keep going!</source>
            <translation>Los {count} primeros están bien. ¡Seguí así!</translation>
        </message>
    </context>
    <context>
        <name>PackPreviewDialog</name>
        <message>
            <source>What will be installed</source>
            <translation>Qué se va a instalar</translation>
        </message>
        <message>
            <source>Pack «{pack}» {version}, signed by «{publisher}» (a trusted publisher).</source>
            <translation>Paquete «{pack}» {version}, firmado por «{publisher}» (una editorial de confianza).</translation>
        </message>
        <message>
            <source>• {module}: new module, version {new}</source>
            <translation>• {module}: módulo nuevo, versión {new}</translation>
        </message>
        <message>
            <source>• {module}: {old} → {new}</source>
            <translation>• {module}: {old} → {new}</translation>
        </message>
        <message>
            <source>A new major version: the quiz scores of this module start again; completed lessons stay completed.</source>
            <translation>Una versión mayor nueva: los puntajes de las preguntas de este módulo empiezan de nuevo; las lecciones terminadas siguen terminadas.</translation>
        </message>
        <message>
            <source>Learners' progress is kept. The version installed now can be restored later.</source>
            <translation>El avance de cada estudiante se mantiene. Después se puede volver a la versión instalada ahora.</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Instalar</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Saved on this computer: {path}</source>
            <translation>Guardado en esta computadora: {path}</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Página {n}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save to USB…</source>
            <translation>Guardar en USB…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is on and connected.</source>
            <translation>No se pudo abrir la impresora. Fijate que esté prendida y conectada.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Se mandó %n página a la impresora.</numerusform>
                <numerusform>Se mandaron %n páginas a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Guardar una copia del PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The copy could not be saved in {folder}. Is the USB stick plugged in and not full?</source>
            <translation>No se pudo guardar la copia en {folder}. ¿El pendrive está conectado y tiene lugar?</translation>
        </message>
        <message>
            <source>Saved a copy in {path}.</source>
            <translation>Se guardó una copia en {path}.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>8 to 11 years</source>
            <translation>8 a 11 años</translation>
        </message>
        <message>
            <source>12 to 17 years</source>
            <translation>12 a 17 años</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulto</translation>
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
    </context>
    <context>
        <name>PickLearnerDialog</name>
        <message>
            <source>Search by name</source>
            <translation>Buscar por nombre</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivado/a</translation>
        </message>
        <message>
            <source>There is nobody to choose.</source>
            <translation>No hay a quién elegir.</translation>
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
        <name>PictureGate</name>
        <message>
            <source>Now secret pictures are 4! Choose 4 new ones, in order</source>
            <translation>¡Ahora los dibujos secretos son 4! Elegí 4 nuevos, en orden</translation>
        </message>
        <message>
            <source>Your teacher lifted the pause. Try again, slowly.</source>
            <translation>Tu profe quitó la pausa. Probá de nuevo, despacito.</translation>
        </message>
    </context>
    <context>
        <name>PicturePanel</name>
        <message>
            <source>Start again</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Teacher: confirm</source>
            <translation>Profe: confirmar</translation>
        </message>
        <message numerus="yes">
            <source>Tap your %n secret pictures, in order</source>
            <translation>
                <numerusform>Tocá tu dibujo secreto</numerusform>
                <numerusform>Tocá tus %n dibujos secretos, en orden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose %n secret pictures, in order</source>
            <translation>
                <numerusform>Elegí un dibujo secreto</numerusform>
                <numerusform>Elegí %n dibujos secretos, en orden</numerusform>
            </translation>
        </message>
        <message>
            <source>You will tap them every time you sign in. Remember them well!</source>
            <translation>Los vas a tocar cada vez que entres. ¡Acordate bien!</translation>
        </message>
        <message>
            <source>You don’t have secret pictures yet</source>
            <translation>Todavía no tenés dibujos secretos</translation>
        </message>
        <message>
            <source>Ask your teacher to confirm it’s you. Then you choose your pictures.</source>
            <translation>Pedile a tu profe que confirme que sos vos. Después elegís tus dibujos.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again slowly: one more try before a short pause.</source>
            <translation>Esos no son tus dibujos. Probá de nuevo con calma: te queda un intento antes de una pausa corta.</translation>
        </message>
        <message numerus="yes">
            <source>Those are not your pictures. Try again slowly: you have %n try(s) left.</source>
            <translation>
                <numerusform>Esos no son tus dibujos. Probá de nuevo con calma: te queda %n intento.</numerusform>
                <numerusform>Esos no son tus dibujos. Probá de nuevo con calma: te quedan %n intentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Teacher: lift the pause</source>
            <translation>Profe: quitar la pausa</translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a break. You can try again in %n minute(s). If you forgot your pictures, ask your teacher.</source>
            <translation>
                <numerusform>Hagamos una pausa. Podés probar de nuevo en %n minuto. Si te olvidaste tus dibujos, pedile ayuda a tu profe.</numerusform>
                <numerusform>Hagamos una pausa. Podés probar de nuevo en %n minutos. Si te olvidaste tus dibujos, pedile ayuda a tu profe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a short break. You can try again in %n second(s). If you forgot your pictures, ask the facilitator.</source>
            <translation>
                <numerusform>Hagamos una pausa corta. Podés probar de nuevo en %n segundo. Si te olvidaste tus dibujos, pedile ayuda al facilitador o a la facilitadora.</numerusform>
                <numerusform>Hagamos una pausa corta. Podés probar de nuevo en %n segundos. Si te olvidaste tus dibujos, pedile ayuda al facilitador o a la facilitadora.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya podés probar de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>Now tap the same %n pictures again</source>
            <translation>
                <numerusform>Ahora tocá otra vez el mismo dibujo</numerusform>
                <numerusform>Ahora tocá otra vez los mismos %n dibujos</numerusform>
            </translation>
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
        <name>ProgramDialog</name>
        <message>
            <source>Last program of {name}</source>
            <translation>Último programa de {name}</translation>
        </message>
        <message>
            <source>✓ Solved</source>
            <translation>✓ Resuelto</translation>
        </message>
        <message>
            <source>✗ Not solved yet: {why}</source>
            <translation>✗ Todavía sin resolver: {why}</translation>
        </message>
        <message>
            <source>✗ Not solved yet</source>
            <translation>✗ Todavía sin resolver</translation>
        </message>
        <message>
            <source>Run on {date}</source>
            <translation>Ejecutado el {date}</translation>
        </message>
        <message>
            <source>d/M/yyyy HH:mm</source>
            <translation>d/M/yyyy HH:mm</translation>
        </message>
        <message>
            <source>The program, read-only</source>
            <translation>El programa, solo para leer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Your program</source>
            <translation>Tu programa</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre del archivo:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Carpeta superior</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta superior</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar los archivos &amp;ocultos</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 ya existe.
¿Querés reemplazarlo?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
No se encontró el archivo.
Revisá que el nombre del archivo sea correcto.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
No se encontró la carpeta.
Revisá que el nombre de la carpeta sea correcto.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>¿Seguro que querés borrar «%1»?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» está protegido contra escritura.
¿Querés borrarlo igual?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>No se pudo borrar la carpeta.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Nombre de archivo no válido</translation>
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
            <source>{learners} + {anonymous}</source>
            <translation>{learners} + {anonymous}</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) with an account</source>
            <translation>
                <numerusform>%n estudiante con cuenta</numerusform>
                <numerusform>%n estudiantes con cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) without an account</source>
            <translation>
                <numerusform>%n persona sin cuenta</numerusform>
                <numerusform>%n personas sin cuenta</numerusform>
            </translation>
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
        <name>ReadAloud</name>
        <message>
            <source>Option {number}: {text}</source>
            <translation>Opción {number}: {text}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeView</name>
        <message>
            <source>Your recovery code</source>
            <translation>Tu código de recuperación</translation>
        </message>
        <message>
            <source>If you ever forget your PIN, this code lets you choose a new one. It works once and is shown only now.</source>
            <translation>Si alguna vez olvidás tu PIN, con este código elegís uno nuevo. Sirve una sola vez y se muestra solo ahora.</translation>
        </message>
        <message>
            <source>Write it down and keep it somewhere safe.</source>
            <translation>Anotalo y guardalo en un lugar seguro.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>I wrote it down</source>
            <translation>Ya lo anoté</translation>
        </message>
        <message>
            <source>Telecentro: recovery code</source>
            <translation>Telecentro: código de recuperación</translation>
        </message>
    </context>
    <context>
        <name>ReflectWidget</name>
        <message>
            <source>There is no right or wrong answer: choose the one closest to you.</source>
            <translation>No hay respuestas correctas ni incorrectas: elegí la que más se parece a vos.</translation>
        </message>
        <message>
            <source>Thank you for thinking about it.</source>
            <translation>Gracias por pensarlo.</translation>
        </message>
    </context>
    <context>
        <name>RegisterScreen</name>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
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
            <source>Pictures marked “already chosen” belong to someone in your class or with your name: choose another one, so you find yourself at once.</source>
            <translation>Los dibujos marcados «ya elegido» son de alguien de tu clase o con tu nombre: elegí otro, así te encontrás enseguida.</translation>
        </message>
        <message>
            <source>already chosen</source>
            <translation>ya elegido</translation>
        </message>
        <message>
            <source>How old are you?</source>
            <translation>¿Cuántos años tenés?</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
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
            <source>You will join the class {name}.</source>
            <translation>Vas a entrar en la clase {name}.</translation>
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
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n módulo</numerusform>
                <numerusform>%n módulos</numerusform>
            </translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>toda la clase</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
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
            <source>The assignment was removed.</source>
            <translation>Se quitó la asignación.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportFlow</name>
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
        <message numerus="yes">
            <source>%n learner(s) imported.</source>
            <translation>
                <numerusform>Se importó %n persona.</numerusform>
                <numerusform>Se importaron %n personas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems were left out.</source>
            <translation>
                <numerusform>Quedó afuera %n fila con problemas.</numerusform>
                <numerusform>Quedaron afuera %n filas con problemas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The learners on this kiosk changed since the preview. Check it again.</source>
            <translation>Las personas de este kiosco cambiaron desde la vista previa. Revisala de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioWidget</name>
        <message>
            <source>Go back and choose again</source>
            <translation>Volver y elegir otra vez</translation>
        </message>
        <message>
            <source>A good ending!</source>
            <translation>¡Un buen final!</translation>
        </message>
        <message>
            <source>This ending could be better. Go back and choose again.</source>
            <translation>Este final podría ser mejor. Volvé y elegí otra vez.</translation>
        </message>
        <message>
            <source>This is not the best ending. Go back and choose again.</source>
            <translation>Este no es el mejor final. Volvé y elegí otra vez.</translation>
        </message>
        <message>
            <source>From now on: {step}</source>
            <translation>Desde ahora: {step}</translation>
        </message>
        <message>
            <source>You chose: {choice}</source>
            <translation>Elegiste: {choice}</translation>
        </message>
    </context>
    <context>
        <name>SecretRules</name>
        <message>
            <source>A coordinator’s PIN has 6 to 8 numbers (or use a password of 6 or more characters). Never tell it to learners.</source>
            <translation>El PIN de un coordinador tiene de 6 a 8 números (o usá una contraseña de 6 caracteres o más). Nunca se lo digas a los estudiantes.</translation>
        </message>
        <message>
            <source>A PIN of 4 to 8 numbers, or a password of 6 or more characters. Never tell it to learners.</source>
            <translation>Un PIN de 4 a 8 números, o una contraseña de 6 caracteres o más. Nunca se lo digas a tus estudiantes.</translation>
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
            <source>Names that start with {letter}</source>
            <translation>Nombres que empiezan con {letter}</translation>
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
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Nobody with that name here. Try another letter or “Everyone”.</source>
            <translation>No hay nadie con ese nombre acá. Probá otra letra o «Todos».</translation>
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
            <source>Learners also tap a secret of 4 pictures</source>
            <translation>Cada estudiante también toca su secreto de 4 dibujos</translation>
        </message>
        <message>
            <source>Learners can make their own profile (“I’m new”)</source>
            <translation>Cada estudiante puede crear su perfil («Soy nuevo/a»)</translation>
        </message>
        <message>
            <source>… and may write a surname too</source>
            <translation>… y pueden escribir también el apellido</translation>
        </message>
        <message>
            <source>Off: “I’m new” refuses a name like “Ana Benítez” and asks for the first name or a nickname only</source>
            <translation>Apagado: «Soy nuevo/a» no acepta un nombre como «Ana Benítez» y pide solo el nombre o un apodo</translation>
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
        <name>SortRow</name>
        <message>
            <source>“{item}”: {place}</source>
            <translation>«{item}»: {place}</translation>
        </message>
    </context>
    <context>
        <name>SortWidget</name>
        <message>
            <source>For each one, tap where it goes. Then press “Check”.</source>
            <translation>Tocá adónde va cada uno. Después tocá «Comprobar».</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>This one goes somewhere else.</source>
            <translation>Este va en otro lugar.</translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Correcto!</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} in the right place. Look at the ones in orange.</source>
            <translation>
                <numerusform>%n de {total} está en su lugar. Mirá los que están en naranja.</numerusform>
                <numerusform>%n de {total} están en su lugar. Mirá los que están en naranja.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotWidget</name>
        <message numerus="yes">
            <source>Find %n warning sign(s): tap each one to mark it, then press “Check”.</source>
            <translation>
                <numerusform>Buscá %n señal de alerta: tocala para marcarla y después apretá «Comprobar».</numerusform>
                <numerusform>Buscá %n señales de alerta: tocá cada una para marcarla y después apretá «Comprobar».</numerusform>
            </translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>That part is not a warning sign.</source>
            <translation>Esa parte no es una señal de alerta.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) still to find.</source>
            <translation>
                <numerusform>Todavía te falta %n señal de alerta.</numerusform>
                <numerusform>Todavía te faltan %n señales de alerta.</numerusform>
            </translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Correcto!</translation>
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
            <source>Lesson packs</source>
            <translation>Paquetes de lecciones</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Respaldos</translation>
        </message>
        <message>
            <source>Close Telecentro?</source>
            <translation>¿Cerrar Telecentro?</translation>
        </message>
        <message>
            <source>The kiosk closes for everyone: learners cannot sign in until someone starts it again on this computer. Progress is saved.</source>
            <translation>El kiosco se cierra para todos: nadie puede entrar hasta que alguien lo vuelva a abrir en esta computadora. El progreso queda guardado.</translation>
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
        <name>StaffFlow</name>
        <message>
            <source>The PIN could not be checked. Try again.</source>
            <translation>No se pudo comprobar el PIN. Probá otra vez.</translation>
        </message>
        <message>
            <source>The kiosk could not save this. Try again.</source>
            <translation>El kiosco no pudo guardar esto. Probá otra vez.</translation>
        </message>
        <message>
            <source>Welcome! Coordinators now need a PIN of at least 6 numbers, so that nobody can guess it. Please choose a new one now (or cancel: we will ask again next time).</source>
            <translation>¡Bienvenido/a! Ahora los coordinadores necesitan un PIN de al menos 6 números, para que nadie lo pueda adivinar. Elegí uno nuevo ahora, por favor (o cancelá: te lo vamos a pedir otra vez la próxima).</translation>
        </message>
    </context>
    <context>
        <name>StaffLabels</name>
        <message>
            <source>8 to 11</source>
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulto</translation>
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
            <source>6 to 8 numbers</source>
            <translation>De 6 a 8 números</translation>
        </message>
        <message>
            <source>4 to 8 numbers</source>
            <translation>De 4 a 8 números</translation>
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
            <source>{name} can try their PIN again.</source>
            <translation>{name} ya puede volver a probar su PIN.</translation>
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
        <message numerus="yes">
            <source>Locked: %n more minute(s)</source>
            <translation>
                <numerusform>Bloqueado: %n minuto más</numerusform>
                <numerusform>Bloqueado: %n minutos más</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Unlock {name}</source>
            <translation>Desbloquear a {name}</translation>
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
            <source>Forgot your PIN?</source>
            <translation>¿Olvidaste tu PIN?</translation>
        </message>
        <message>
            <source>Hello, {name}. Type your PIN.</source>
            <translation>Hola, {name}. Escribí tu PIN.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>Ese PIN no es correcto. Te queda un intento.</numerusform>
                <numerusform>Ese PIN no es correcto. Te quedan %n intentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Have your recovery code? Tap “Forgot your PIN?”: it works now.</source>
            <translation>¿Tenés tu código de recuperación? Tocá «¿Olvidaste tu PIN?»: funciona ahora mismo.</translation>
        </message>
        <message>
            <source>Ask a coordinator to lift the lock from the staff page.</source>
            <translation>Pedile a un coordinador que quite el bloqueo desde la página del personal.</translation>
        </message>
        <message>
            <source>Someone else can sign in now with their own PIN.</source>
            <translation>Otra persona del personal puede entrar ahora con su propio PIN.</translation>
        </message>
        <message>
            <source>That account is no longer active. Who are you?</source>
            <translation>Esa cuenta ya no está activa. ¿Quién sos?</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInScreen</name>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Entrada del personal</translation>
        </message>
        <message>
            <source>Your new PIN is set. Type it to come in.</source>
            <translation>Tu PIN nuevo está guardado. Escribilo para entrar.</translation>
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
        <name>StorageWords</name>
        <message>
            <source>The kiosk's data file in {home} is damaged: nothing was done. Run «kiosk doctor --home {home}» and ask for help.</source>
            <translation>El archivo de datos del kiosco en {home} está dañado: no se hizo nada. Corré «kiosk doctor --home {home}» y pedí ayuda.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} was saved by a newer version of the kiosk. Install that version (or newer) to open it; the file was not changed.</source>
            <translation>Los datos del kiosco en {home} los guardó una versión más nueva del kiosco. Instalá esa versión (o una más nueva) para abrirlos; el archivo no se cambió.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} is busy: try again in a moment.</source>
            <translation>Los datos del kiosco en {home} están ocupados: probá de nuevo en un momento.</translation>
        </message>
        <message>
            <source>The file in {home} was not made by the kiosk.</source>
            <translation>El archivo en {home} no lo hizo el kiosco.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again.</source>
            <translation>El disco está lleno: liberá espacio y probá de nuevo.</translation>
        </message>
        <message>
            <source>The kiosk cannot write in {home}: the file or its folder is read-only.</source>
            <translation>El kiosco no puede escribir en {home}: el archivo o su carpeta son de solo lectura.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} could not be read.</source>
            <translation>No se pudieron leer los datos del kiosco en {home}.</translation>
        </message>
    </context>
    <context>
        <name>StoreWords</name>
        <message>
            <source>the file was empty</source>
            <translation>el archivo estaba vacío</translation>
        </message>
        <message>
            <source>the file was missing</source>
            <translation>el archivo no estaba</translation>
        </message>
        <message>
            <source>a folder was in its place</source>
            <translation>en su lugar había una carpeta</translation>
        </message>
        <message>
            <source>the file is not a database</source>
            <translation>el archivo no es una base de datos</translation>
        </message>
        <message>
            <source>the file's beginning is damaged</source>
            <translation>el comienzo del archivo está dañado</translation>
        </message>
        <message>
            <source>the file was cut short</source>
            <translation>el archivo quedó cortado</translation>
        </message>
        <message>
            <source>parts of the file are damaged</source>
            <translation>partes del archivo están dañadas</translation>
        </message>
        <message>
            <source>the file had been replaced by an empty one</source>
            <translation>el archivo fue reemplazado por uno vacío</translation>
        </message>
        <message>
            <source>the file of the last changes was deleted</source>
            <translation>se borró el archivo de los últimos cambios</translation>
        </message>
        <message>
            <source>the file of the last changes is damaged</source>
            <translation>el archivo de los últimos cambios está dañado</translation>
        </message>
        <message>
            <source>the file of the last changes was cut short</source>
            <translation>el archivo de los últimos cambios quedó cortado</translation>
        </message>
        <message>
            <source>an old temporary file</source>
            <translation>un archivo temporal viejo</translation>
        </message>
        <message>
            <source>The kiosk's data file was damaged ({found}). It was moved aside and the backup of {backup_time} was restored. What was done between {start} and {end} is lost. The damaged file is kept in the folder "damaged" of the kiosk's data.</source>
            <translation>El archivo de datos del kiosco estaba dañado ({found}). Se lo apartó y se recuperó el respaldo del {backup_time}. Lo que se hizo entre el {start} y el {end} se perdió. El archivo dañado queda guardado en la carpeta "damaged" de los datos del kiosco.</translation>
        </message>
        <message>
            <source>The kiosk stopped without closing properly and part of its last saved work was damaged or deleted ({found}). What was done between {start} and {end} may be lost.</source>
            <translation>El kiosco se cortó sin cerrarse bien y parte de lo último guardado se dañó o se borró ({found}). Puede que se haya perdido lo que se hizo entre el {start} y el {end}.</translation>
        </message>
        <message>
            <source>The kiosk's data file is an older copy than the one it had saved. What was done between {start} and {end} is missing from it.</source>
            <translation>El archivo de datos del kiosco es una copia más vieja que la que tenía guardada. Le falta lo que se hizo entre el {start} y el {end}.</translation>
        </message>
        <message>
            <source>A leftover file beside the kiosk's data was moved aside ({found}). Nothing was lost.</source>
            <translation>Se apartó un archivo que sobraba junto a los datos del kiosco ({found}). No se perdió nada.</translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
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
            <source>People reached (first time)</source>
            <translation>Personas alcanzadas (primera vez)</translation>
        </message>
        <message>
            <source>Workshop participants</source>
            <translation>Participantes de talleres</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Pendiente</translation>
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
            <source>the figure is not in the form the server expects (update the kiosk or the server)</source>
            <translation>el dato no tiene la forma que espera el servidor (actualizá el kiosco o el servidor)</translation>
        </message>
        <message>
            <source>the date is not a real day</source>
            <translation>la fecha no es un día real</translation>
        </message>
        <message>
            <source>the figure's revision number is not valid (update the kiosk or the server)</source>
            <translation>el número de revisión del dato no es válido (actualizá el kiosco o el servidor)</translation>
        </message>
        <message>
            <source>the number is larger than is possible in one day</source>
            <translation>el número es más grande de lo posible en un día</translation>
        </message>
        <message>
            <source>the day's total for this kiosk is larger than is possible (for example more minutes than the day has)</source>
            <translation>el total del día de este kiosco es más grande de lo posible (por ejemplo, más minutos de los que tiene el día)</translation>
        </message>
        <message>
            <source>the server already has newer figures from this installation: this kiosk seems to have been restored from an older copy</source>
            <translation>el servidor ya tiene datos más nuevos de esta instalación: parece que este kiosco se restauró desde una copia anterior</translation>
        </message>
        <message>
            <source>this kiosk was restored from an older copy: it goes on as a new installation, so nothing is lost or counted twice</source>
            <translation>este kiosco se restauró desde una copia anterior: sigue como una instalación nueva, así no se pierde ni se cuenta dos veces nada</translation>
        </message>
        <message>
            <source>the server could not read the data</source>
            <translation>el servidor no pudo leer los datos</translation>
        </message>
        <message>
            <source>the server speaks another version of the protocol (update the kiosk or the server)</source>
            <translation>el servidor usa otra versión del protocolo (actualizá el kiosco o el servidor)</translation>
        </message>
        <message>
            <source>the batch had no valid identifier</source>
            <translation>el envío no tenía un identificador válido</translation>
        </message>
        <message>
            <source>the batch's identifier was already used with other figures; a new batch is made</source>
            <translation>el identificador del envío ya se usó con otros datos; se arma un envío nuevo</translation>
        </message>
        <message>
            <source>a month is not valid</source>
            <translation>un mes no es válido</translation>
        </message>
        <message>
            <source>this installation's identifier is not valid (a program error)</source>
            <translation>el identificador de esta instalación no es válido (un error del programa)</translation>
        </message>
        <message>
            <source>this kiosk's key is not valid (a program error)</source>
            <translation>la clave de este kiosco no es válida (un error del programa)</translation>
        </message>
        <message>
            <source>the server does not know that figure</source>
            <translation>el servidor no conoce ese dato</translation>
        </message>
        <message>
            <source>the server does not accept this kiosk's key</source>
            <translation>el servidor no acepta la clave de este kiosco</translation>
        </message>
        <message>
            <source>the key belongs to another installation (a copied kiosk?)</source>
            <translation>la clave es de otra instalación (¿un kiosco copiado?)</translation>
        </message>
        <message>
            <source>the batch was too large</source>
            <translation>el envío era demasiado grande</translation>
        </message>
        <message>
            <source>the batch had too many figures</source>
            <translation>el envío tenía demasiados datos</translation>
        </message>
        <message>
            <source>too many batches in a short time</source>
            <translation>demasiados envíos en poco tiempo</translation>
        </message>
        <message>
            <source>too many wrong codes from this place; wait a while before trying again</source>
            <translation>demasiados códigos equivocados desde este lugar; esperá un rato antes de volver a probar</translation>
        </message>
        <message>
            <source>the server is in maintenance</source>
            <translation>el servidor está en mantenimiento</translation>
        </message>
        <message>
            <source>the server is busy</source>
            <translation>el servidor está ocupado</translation>
        </message>
        <message>
            <source>the server does not know that code: check it or ask for a new one</source>
            <translation>el servidor no conoce ese código: revisalo o pedí uno nuevo</translation>
        </message>
        <message>
            <source>the code has expired (codes last 14 days): ask for a new one</source>
            <translation>el código venció (los códigos duran 14 días): pedí uno nuevo</translation>
        </message>
        <message>
            <source>another kiosk used that code already</source>
            <translation>otro kiosco ya usó ese código</translation>
        </message>
        <message>
            <source>this kiosk was withdrawn: ask the programme office for a new code</source>
            <translation>este kiosco fue dado de baja: pedí un código nuevo a la oficina del programa</translation>
        </message>
        <message>
            <source>this installation is enrolled with another key (a copied kiosk?)</source>
            <translation>esta instalación está inscripta con otra clave (¿un kiosco copiado?)</translation>
        </message>
        <message>
            <source>this installation is enrolled at another telecenter</source>
            <translation>esta instalación está inscripta en otro telecentro</translation>
        </message>
        <message>
            <source>the server already has newer figures from this installation (restored from an older copy?)</source>
            <translation>el servidor ya tiene datos más nuevos de esta instalación (¿se restauró desde una copia anterior?)</translation>
        </message>
        <message>
            <source>the server could not check that this kiosk comes from the previous one (its signature): enrol it with a new code</source>
            <translation>el servidor no pudo comprobar que este kiosco viene del anterior (su firma): inscribilo con un código nuevo</translation>
        </message>
        <message>
            <source>a query had a character the server refuses</source>
            <translation>una consulta tenía un carácter que el servidor no acepta</translation>
        </message>
        <message>
            <source>a query asked for too many rows at once</source>
            <translation>una consulta pidió demasiadas filas de una vez</translation>
        </message>
        <message>
            <source>a query asked for a page that does not exist</source>
            <translation>una consulta pidió una página que no existe</translation>
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
            <source>The server had newer figures of this kiosk: it was restored from an older copy. From now on it counts as a new kiosk; nothing is counted twice</source>
            <translation>El servidor tenía datos más nuevos de este kiosco: fue restaurado de una copia más vieja. Desde ahora cuenta como un kiosco nuevo; nada se cuenta dos veces</translation>
        </message>
        <message>
            <source>The server already has this kiosk enrolled with another key or at another telecenter: ask the programme office</source>
            <translation>El servidor ya tiene este kiosco inscripto con otra clave o en otro telecentro: consultá a la oficina del programa</translation>
        </message>
        <message>
            <source>the server gave a reason this kiosk does not know yet (“{reason}”): updating the kiosk may help</source>
            <translation>el servidor dio un motivo que este kiosco todavía no conoce («{reason}»): actualizar el kiosco puede ayudar</translation>
        </message>
        <message>
            <source>the server said “{code}”, which this kiosk does not know yet</source>
            <translation>el servidor dijo «{code}», que este kiosco todavía no conoce</translation>
        </message>
        <message>
            <source>{count} because {reason}</source>
            <translation>{count} porque {reason}</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>El servidor rechazó %n dato: {reasons}</numerusform>
                <numerusform>El servidor rechazó %n datos: {reasons}</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync error ({code})</source>
            <translation>Error al sincronizar ({code})</translation>
        </message>
        <message>
            <source>This computer's date seems to be ahead: check the date and time. Figures with future dates are not accepted.</source>
            <translation>La fecha de esta computadora parece estar adelantada: revisá la fecha y hora. Los datos con fechas futuras no se aceptan.</translation>
        </message>
        <message>
            <source>This computer's date seems to be behind: check the date and time. Figures with very old dates are not accepted.</source>
            <translation>La fecha de esta computadora parece estar atrasada: revisá la fecha y hora. Los datos con fechas muy antiguas no se aceptan.</translation>
        </message>
        <message>
            <source>On {when} this kiosk found it is running on another PC than the one it was set up on (a copy of a disk): it became a new kiosk. What was done before the copy stays with the original kiosk, which sends it; nothing of it is sent from here.</source>
            <translation>El {when} este kiosco se dio cuenta de que funciona en otra PC que aquella en la que se instaló (una copia del disco): ahora es un kiosco nuevo. Lo que se hizo antes de la copia queda con el kiosco original, que lo envía; desde acá no se envía nada de eso.</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) still waiting in the copy were left to the original kiosk.</source>
            <translation>
                <numerusform>%n dato que esperaba en la copia quedó para el kiosco original.</numerusform>
                <numerusform>%n datos que esperaban en la copia quedaron para el kiosco original.</numerusform>
            </translation>
        </message>
        <message>
            <source>On {when} the server said this kiosk was restored from an older copy: it had newer figures of it. What was sent before stays counted; what was done here since {since} now counts as a new kiosk. Nothing is counted twice.</source>
            <translation>El {when} el servidor avisó que este kiosco fue restaurado de una copia más vieja: tenía datos más nuevos de él. Lo que se envió antes sigue contado; lo que se hizo acá desde el {since} ahora cuenta como un kiosco nuevo. Nada se cuenta dos veces.</translation>
        </message>
        <message>
            <source>The server will learn of the new kiosk at the next connection or in the next USB file.</source>
            <translation>El servidor se va a enterar del kiosco nuevo en la próxima conexión o en el próximo archivo USB.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
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
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulto</translation>
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
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>El servidor rechazó %n dato: {reasons}</numerusform>
                <numerusform>El servidor rechazó %n datos: {reasons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n figure(s).</source>
            <translation>
                <numerusform>Enviado: %n dato.</numerusform>
                <numerusform>Enviados: %n datos.</numerusform>
            </translation>
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
            <source>Nothing was waiting: everything had been sent.</source>
            <translation>No había nada pendiente: todo ya estaba enviado.</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Sending the figures…</source>
            <translation>Este kiosco quedó inscripto. Enviando los datos…</translation>
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
        <name>TeacherConfirmPage</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Teacher: tap your name and type your PIN to confirm this is {name}.</source>
            <translation>Profe: tocá tu nombre y escribí tu PIN para confirmar que es {name}.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
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
        <name>TrueFalseWidget</name>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
    </context>
    <context>
        <name>TurtleCanvas</name>
        <message>
            <source>Drawing</source>
            <translation>Dibujo</translation>
        </message>
    </context>
    <context>
        <name>TurtleMessages</name>
        <message>
            <source>The turtle has not drawn anything yet. Is the pen down? Make it move forward.</source>
            <translation>La tortuga todavía no dibujó nada. ¿Está bajado el lápiz? Hacela avanzar.</translation>
        </message>
        <message>
            <source>Nothing is drawn yet. Start with a forward command so the turtle draws a line.</source>
            <translation>Todavía no hay nada dibujado. Empezá con avanzar para que la tortuga dibuje una línea.</translation>
        </message>
        <message>
            <source>Your drawing has {have} sides; the target has {want}.</source>
            <translation>Tu dibujo tiene {have} lados; el objetivo, {want}.</translation>
        </message>
        <message>
            <source>Count the sides: yours has {have}, the target has {want}. How many times does it repeat?</source>
            <translation>Contá los lados: el tuyo tiene {have} y el objetivo {want}. ¿Cuántas veces se repite?</translation>
        </message>
        <message>
            <source>The shape does not close: the turtle has to get back to where it started.</source>
            <translation>La figura no se cierra: la tortuga tiene que volver a donde empezó.</translation>
        </message>
        <message>
            <source>Almost! The shape is still open. Is a side missing?</source>
            <translation>¡Casi! La figura todavía está abierta. ¿Falta un lado?</translation>
        </message>
        <message>
            <source>There is one turn too many. Find the turn that is left over and take it out.</source>
            <translation>Te sobró un giro. Buscá el giro que está de más y sacalo.</translation>
        </message>
        <message>
            <source>A turn is left over: the turtle turned more than the target. Which turn can you take out?</source>
            <translation>Sobra un giro: la tortuga giró más que el objetivo. ¿Qué giro podés sacar?</translation>
        </message>
        <message>
            <source>A turn is missing: the turtle went straight on where the target turns.</source>
            <translation>Te faltó un giro: la tortuga siguió derecho donde el objetivo gira.</translation>
        </message>
        <message>
            <source>The turtle forgot to turn here. Add a turn before it keeps walking.</source>
            <translation>Acá la tortuga se olvidó de girar. Agregá un giro antes de que siga caminando.</translation>
        </message>
        <message>
            <source>The turtle turned the other way: here it has to turn left.</source>
            <translation>La tortuga giró para el otro lado: acá tiene que girar a la izquierda.</translation>
        </message>
        <message>
            <source>Right turn instead of left! Change that turn to the left.</source>
            <translation>¡Giró a la derecha en vez de a la izquierda! Cambiá ese giro a la izquierda.</translation>
        </message>
        <message>
            <source>The turtle turned the other way: here it has to turn right.</source>
            <translation>La tortuga giró para el otro lado: acá tiene que girar a la derecha.</translation>
        </message>
        <message>
            <source>Left turn instead of right! Change that turn to the right.</source>
            <translation>¡Giró a la izquierda en vez de a la derecha! Cambiá ese giro a la derecha.</translation>
        </message>
        <message>
            <source>That turn is {have} degrees; the target turns {want} degrees.</source>
            <translation>Ese giro es de {have} grados; el objetivo gira {want} grados.</translation>
        </message>
        <message>
            <source>Check the angle: you turned {have} degrees, and it needs {want}.</source>
            <translation>Revisá el ángulo: giraste {have} grados y hacen falta {want}.</translation>
        </message>
        <message>
            <source>That line is {have} steps long; it should be {want}.</source>
            <translation>Esa línea mide {have} pasos; tiene que medir {want}.</translation>
        </message>
        <message>
            <source>That line is too long: {have} steps instead of {want}.</source>
            <translation>Esa línea es muy larga: {have} pasos en vez de {want}.</translation>
        </message>
        <message>
            <source>That line is too short: {have} steps instead of {want}.</source>
            <translation>Esa línea es muy corta: {have} pasos en vez de {want}.</translation>
        </message>
        <message>
            <source>There is one line that is not in the target (it is shown in red).</source>
            <translation>Hay una línea que no está en el objetivo (se ve en rojo).</translation>
        </message>
        <message>
            <source>Almost! One line is left over: the red one.</source>
            <translation>¡Casi! Te sobra una línea: la roja.</translation>
        </message>
        <message>
            <source>There are {count} lines that are not in the target (the first one is shown in red).</source>
            <translation>Hay {count} líneas que no están en el objetivo (la primera se ve en rojo).</translation>
        </message>
        <message>
            <source>Almost! {count} lines are left over; the first one is red.</source>
            <translation>¡Casi! Te sobran {count} líneas; la primera está en rojo.</translation>
        </message>
        <message>
            <source>One line of the target is still missing (it is shown in red).</source>
            <translation>Todavía falta una línea del objetivo (se ve en rojo).</translation>
        </message>
        <message>
            <source>You are nearly there: one line is missing, the red one.</source>
            <translation>Ya casi: falta una línea, la roja.</translation>
        </message>
        <message>
            <source>{count} lines of the target are still missing (the first one is shown in red).</source>
            <translation>Todavía faltan {count} líneas del objetivo (la primera se ve en rojo).</translation>
        </message>
        <message>
            <source>Keep going: {count} lines are still missing; the first one is red.</source>
            <translation>Seguí así: todavía faltan {count} líneas; la primera está en rojo.</translation>
        </message>
        <message>
            <source>Your drawing has the right shape, but it is in another place. Check where the turtle starts.</source>
            <translation>Tu dibujo tiene la forma correcta, pero está en otro lugar. Fijate dónde empieza la tortuga.</translation>
        </message>
        <message>
            <source>Good shape! It just has to be in the same place as the target.</source>
            <translation>¡Buena forma! Solo tiene que estar en el mismo lugar que el objetivo.</translation>
        </message>
        <message>
            <source>The turtle drew where the target has a gap. Lift the pen before moving there, and put it down again.</source>
            <translation>La tortuga dibujó donde el objetivo tiene un espacio. Subí el lápiz antes de ir hasta ahí y después bajalo de nuevo.</translation>
        </message>
        <message>
            <source>Here the pen had to be up: the target does not join these pieces.</source>
            <translation>Acá el lápiz tenía que estar subido: el objetivo no une estas partes.</translation>
        </message>
        <message>
            <source>Part of your drawing is not in the target (it is shown in red).</source>
            <translation>Una parte de tu dibujo no está en el objetivo (se ve en rojo).</translation>
        </message>
        <message>
            <source>Look at the red part: the target does not have it. Is the size right?</source>
            <translation>Mirá la parte roja: el objetivo no la tiene. ¿Está bien el tamaño?</translation>
        </message>
        <message>
            <source>Part of the target is not drawn yet (it is shown in red).</source>
            <translation>Una parte del objetivo todavía no está dibujada (se ve en rojo).</translation>
        </message>
        <message>
            <source>The red part of the target is still missing. Is the circle big enough, or whole?</source>
            <translation>Todavía falta la parte roja del objetivo. ¿El círculo es del tamaño justo? ¿Está completo?</translation>
        </message>
        <message>
            <source>This line should be in {want}, not in {have}.</source>
            <translation>Esta línea tiene que ser de color {want}, no {have}.</translation>
        </message>
        <message>
            <source>Right line, other colour: it has to be {want}.</source>
            <translation>La línea está bien, pero el color no: tiene que ser {want}.</translation>
        </message>
        <message>
            <source>The program did not show anything. It should show: {want}</source>
            <translation>El programa no mostró nada. Tendría que mostrar: {want}</translation>
        </message>
        <message>
            <source>Shown line {number} says “{have}”; it should say “{want}”.</source>
            <translation>La línea {number} que se muestra dice «{have}»; tendría que decir «{want}».</translation>
        </message>
        <message>
            <source>Check shown line {number}: it should be “{want}”, not “{have}”.</source>
            <translation>Revisá la línea {number} que se muestra: tiene que ser «{want}», no «{have}».</translation>
        </message>
        <message>
            <source>A shown line is missing: line {number} should say “{want}”.</source>
            <translation>Falta una línea por mostrar: la línea {number} tendría que decir «{want}».</translation>
        </message>
        <message>
            <source>Something extra is shown on line {number}: “{have}”.</source>
            <translation>En la línea {number} se muestra algo de más: «{have}».</translation>
        </message>
        <message>
            <source>This challenge asks you to use a repeat loop.</source>
            <translation>Este desafío pide usar repetir.</translation>
        </message>
        <message>
            <source>Now try it with a repeat loop, so you do not write the same thing many times.</source>
            <translation>Ahora probá con repetir, así no escribís lo mismo muchas veces.</translation>
        </message>
        <message>
            <source>This challenge asks you to use {what}.</source>
            <translation>Este desafío pide usar {what}.</translation>
        </message>
        <message>
            <source>This challenge asks you to use an if (a decision).</source>
            <translation>Este desafío pide usar un si (una decisión).</translation>
        </message>
        <message>
            <source>This challenge asks you to make your own block with def.</source>
            <translation>Este desafío pide que hagas tu propio bloque con def.</translation>
        </message>
        <message>
            <source>This challenge asks you to use a variable (a name that keeps a value).</source>
            <translation>Este desafío pide usar una variable (un nombre que guarda un valor).</translation>
        </message>
        <message>
            <source>Your program has {have} blocks; this challenge allows {max} at most. Can a repeat help?</source>
            <translation>Tu programa tiene {have} bloques; este desafío permite {max} como máximo. ¿Te ayuda un repetir?</translation>
        </message>
        <message>
            <source>Your program has {have} instructions; this challenge allows {max} at most. Can a loop help?</source>
            <translation>Tu programa tiene {have} instrucciones; este desafío permite {max} como máximo. ¿Te ayuda un bucle?</translation>
        </message>
        <message>
            <source>Your program has {have} lines; this challenge allows {max} at most.</source>
            <translation>Tu programa tiene {have} líneas; este desafío permite {max} como máximo.</translation>
        </message>
        <message>
            <source>Solved! It can also be done with {ideal} blocks (yours has {have}). Want to try?</source>
            <translation>¡Resuelto! También se puede hacer con {ideal} bloques (el tuyo tiene {have}). ¿Te animás?</translation>
        </message>
        <message>
            <source>Solved! It can also be done with {ideal} instructions (yours has {have}). Want to try?</source>
            <translation>¡Resuelto! También se puede hacer con {ideal} instrucciones (el tuyo tiene {have}). ¿Te animás?</translation>
        </message>
        <message>
            <source>The spaces at the start of the line do not line up. Lines inside a repeat or an if go a bit to the right, all the same.</source>
            <translation>Los espacios al principio de la línea no coinciden. Las líneas dentro de un repetir o de un si van un poco a la derecha, todas igual.</translation>
        </message>
        <message>
            <source>Something opened is not closed: check that every ( has its ) and every quote its pair.</source>
            <translation>Algo que se abrió no se cerró: fijate que cada ( tenga su ) y cada comilla su pareja.</translation>
        </message>
        <message>
            <source>This line is too complicated. Split it into shorter lines.</source>
            <translation>Esta línea es demasiado complicada. Partila en líneas más cortas.</translation>
        </message>
        <message>
            <source>The turtle cannot read this line. Check the brackets, the colon : and the spelling.</source>
            <translation>La tortuga no puede leer esta línea. Revisá los paréntesis, los dos puntos : y cómo está escrita.</translation>
        </message>
        <message>
            <source>Something is written wrongly here. Compare it with an example: brackets, colon, spelling.</source>
            <translation>Acá algo está mal escrito. Comparalo con un ejemplo: paréntesis, dos puntos, letras.</translation>
        </message>
        <message>
            <source>{thing} is not part of the turtle's language. Try it with the commands you know.</source>
            <translation>{thing}: eso no es parte del idioma de la tortuga. Probá con los comandos que conocés.</translation>
        </message>
        <message>
            <source>Names starting with _ are not allowed, like {name}. Pick another name.</source>
            <translation>No se pueden usar nombres que empiezan con _, como {name}. Elegí otro nombre.</translation>
        </message>
        <message>
            <source>{name} is not part of the turtle's language. Use the commands from the list.</source>
            <translation>{name} no es parte del idioma de la tortuga. Usá los comandos de la lista.</translation>
        </message>
        <message>
            <source>{name} is already the name of a command. Choose another name for yours.</source>
            <translation>{name} ya es el nombre de un comando. Elegí otro nombre para el tuyo.</translation>
        </message>
        <message>
            <source>The turtle does not know the command {name}. Did you mean {suggestion}?</source>
            <translation>La tortuga no conoce el comando {name}. ¿Quisiste decir {suggestion}?</translation>
        </message>
        <message>
            <source>The turtle does not know {name}. Did you mean {suggestion}?</source>
            <translation>La tortuga no conoce {name}. ¿Quisiste decir {suggestion}?</translation>
        </message>
        <message>
            <source>The turtle does not know the command {name}.</source>
            <translation>La tortuga no conoce el comando {name}.</translation>
        </message>
        <message>
            <source>{name} is not a command the turtle knows. Check how it is spelled.</source>
            <translation>{name} no es un comando que la tortuga conozca. Revisá cómo está escrito.</translation>
        </message>
        <message>
            <source>{word} only works inside a loop.</source>
            <translation>{word} solo funciona dentro de un bucle.</translation>
        </message>
        <message>
            <source>return only works inside your own block (def).</source>
            <translation>return solo funciona dentro de tu propio bloque (def).</translation>
        </message>
        <message>
            <source>{name} has no value yet. Give it one first, for example {name} = 10.</source>
            <translation>{name} todavía no tiene un valor. Dale uno primero, por ejemplo {name} = 10.</translation>
        </message>
        <message>
            <source>The turtle does not know what {name} is. Is it spelled right, and did it get a value before?</source>
            <translation>La tortuga no sabe qué es {name}. ¿Está bien escrito? ¿Le diste un valor antes?</translation>
        </message>
        <message>
            <source>Inside your block, {name} is used before it gets a value. Give it a value first.</source>
            <translation>Dentro de tu bloque, {name} se usa antes de tener un valor. Dale un valor primero.</translation>
        </message>
        <message>
            <source>The program went on and on, so the turtle stopped. Is there a loop that never ends?</source>
            <translation>El programa seguía y seguía, así que la tortuga se detuvo. ¿Hay un bucle que nunca termina?</translation>
        </message>
        <message>
            <source>Too many steps! Check that every while loop can finish.</source>
            <translation>¡Demasiados pasos! Fijate que cada bucle mientras (while) pueda terminar.</translation>
        </message>
        <message>
            <source>The turtle made too many moves ({limit} at most). Is there a loop that never ends, or a repeat with a very big number?</source>
            <translation>La tortuga hizo demasiados movimientos ({limit} como máximo). ¿Hay un bucle que nunca termina, o un repetir con un número muy grande?</translation>
        </message>
        <message>
            <source>A number got far too big. Use smaller numbers.</source>
            <translation>Un número se hizo gigante. Usá números más chicos.</translation>
        </message>
        <message>
            <source>This calculation does not give an ordinary number. Check the numbers around {op}.</source>
            <translation>Esta cuenta no da un número común. Revisá los números que están alrededor de {op}.</translation>
        </message>
        <message>
            <source>{name} now keeps a value, so it cannot be used like a block. Give the value another name.</source>
            <translation>{name} ahora guarda un valor, así que no se puede usar como un bloque. Ponele otro nombre al valor.</translation>
        </message>
        <message>
            <source>A text got far too long ({limit} letters at most).</source>
            <translation>Un texto se hizo demasiado largo ({limit} letras como máximo).</translation>
        </message>
        <message>
            <source>A list got far too big ({limit} at most). Use smaller numbers.</source>
            <translation>Una lista se hizo demasiado grande ({limit} como máximo). Usá números más chicos.</translation>
        </message>
        <message>
            <source>Your block called itself too many times, like a mirror in front of a mirror. Give it a way to stop.</source>
            <translation>Tu bloque se llamó a sí mismo demasiadas veces, como un espejo frente a otro espejo. Dale una forma de parar.</translation>
        </message>
        <message>
            <source>The program showed too many lines. Show less, or show it fewer times.</source>
            <translation>El programa mostró demasiadas líneas. Mostrá menos, o menos veces.</translation>
        </message>
        <message>
            <source>You cannot divide by zero. Check the number after {op}.</source>
            <translation>No se puede dividir por cero. Revisá el número que va después de {op}.</translation>
        </message>
        <message>
            <source>{op} does not work with {left} and {right}. Check what each value is.</source>
            <translation>{op} no funciona con {left} y {right}. Fijate qué es cada valor.</translation>
        </message>
        <message>
            <source>{name} needs {expected} here (value number {position}), not {got}.</source>
            <translation>{name} necesita {expected} acá (el valor número {position}), no {got}.</translation>
        </message>
        <message>
            <source>Check the brackets of {name}: it needs {expected} and it got {got}.</source>
            <translation>Revisá los paréntesis de {name}: necesita {expected} y recibió {got}.</translation>
        </message>
        <message>
            <source>The turtle does not know the colour {color}. Try red, blue or green.</source>
            <translation>La tortuga no conoce el color {color}. Probá con rojo, azul o verde.</translation>
        </message>
        <message>
            <source>A for loop cannot go through {got}. Use range(...) or a list.</source>
            <translation>Un bucle for no puede recorrer {got}. Usá rango(...) o una lista.</translation>
        </message>
        <message>
            <source>The list has {length} items, so there is no item number {index}. The first one is 0.</source>
            <translation>La lista tiene {length} elementos, así que no hay elemento número {index}. El primero es el 0.</translation>
        </message>
        <message>
            <source>To take an item from a list, use a whole number, not {got}.</source>
            <translation>Para sacar un elemento de una lista, usá un número entero, no {got}.</translation>
        </message>
        <message>
            <source>The program needed too much memory. Use smaller numbers or shorter lists.</source>
            <translation>El programa necesitó demasiada memoria. Usá números más chicos o listas más cortas.</translation>
        </message>
        <message>
            <source>The program took too long, so the turtle stopped it. Is there a loop that never ends?</source>
            <translation>El programa tardó demasiado, así que la tortuga lo detuvo. ¿Hay un bucle que nunca termina?</translation>
        </message>
        <message>
            <source>The program stopped unexpectedly. Try again with smaller numbers.</source>
            <translation>El programa se detuvo de golpe. Probá de nuevo con números más chicos.</translation>
        </message>
        <message>
            <source>Something went wrong here. Check this part of the program, or ask for help.</source>
            <translation>Algo salió mal acá. Revisá esta parte del programa o pedí ayuda.</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Línea {n}</translation>
        </message>
        <message>
            <source>Block {n}</source>
            <translation>Bloque {n}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <source>red</source>
            <translation>rojo</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>azul</translation>
        </message>
        <message>
            <source>green</source>
            <translation>verde</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>amarillo</translation>
        </message>
        <message>
            <source>black</source>
            <translation>negro</translation>
        </message>
        <message>
            <source>white</source>
            <translation>blanco</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>naranja</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>morado</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>rosado</translation>
        </message>
        <message>
            <source>brown</source>
            <translation>marrón</translation>
        </message>
        <message>
            <source>gray</source>
            <translation>gris</translation>
        </message>
        <message>
            <source>light blue</source>
            <translation>celeste</translation>
        </message>
        <message>
            <source>magenta</source>
            <translation>magenta</translation>
        </message>
        <message>
            <source>violet</source>
            <translation>violeta</translation>
        </message>
        <message>
            <source>gold</source>
            <translation>dorado</translation>
        </message>
        <message>
            <source>navy blue</source>
            <translation>azul marino</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>un texto</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>verdadero o falso</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>a block</source>
            <translation>un bloque</translation>
        </message>
        <message>
            <source>a colour</source>
            <translation>un color</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a positive number</source>
            <translation>un número positivo</translation>
        </message>
        <message>
            <source>a number that is not zero</source>
            <translation>un número que no sea cero</translation>
        </message>
        <message>
            <source>a point (x, y)</source>
            <translation>un punto (x, y)</translation>
        </message>
        <message>
            <source>a range</source>
            <translation>un rango</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>The dot (like x.y)</source>
            <translation>El punto (como en x.y)</translation>
        </message>
        <message>
            <source>Cutting a list with :</source>
            <translation>Cortar una lista con :</translation>
        </message>
        <message>
            <source>Taking an item with [ ]</source>
            <translation>Sacar un elemento con [ ]</translation>
        </message>
        <message>
            <source>lambda</source>
            <translation>lambda</translation>
        </message>
        <message>
            <source>A loop inside brackets</source>
            <translation>Un bucle dentro de corchetes</translation>
        </message>
        <message>
            <source>yield</source>
            <translation>yield</translation>
        </message>
        <message>
            <source>with</source>
            <translation>with</translation>
        </message>
        <message>
            <source>try, raise and assert</source>
            <translation>try, raise y assert</translation>
        </message>
        <message>
            <source>class</source>
            <translation>class</translation>
        </message>
        <message>
            <source>global</source>
            <translation>global</translation>
        </message>
        <message>
            <source>The star *</source>
            <translation>La estrella *</translation>
        </message>
        <message>
            <source>An f-string</source>
            <translation>Un texto f"..."</translation>
        </message>
        <message>
            <source>A dictionary { }</source>
            <translation>Un diccionario { }</translation>
        </message>
        <message>
            <source>A set { }</source>
            <translation>Un conjunto { }</translation>
        </message>
        <message>
            <source>del</source>
            <translation>del</translation>
        </message>
        <message>
            <source>:=</source>
            <translation>:=</translation>
        </message>
        <message>
            <source>async</source>
            <translation>async</translation>
        </message>
        <message>
            <source>match</source>
            <translation>match</translation>
        </message>
        <message>
            <source>An if inside a value</source>
            <translation>Un si dentro de un valor</translation>
        </message>
        <message>
            <source>A name= inside the brackets</source>
            <translation>Un nombre= dentro de los paréntesis</translation>
        </message>
        <message>
            <source>The @ sign</source>
            <translation>El signo @</translation>
        </message>
        <message>
            <source>Default or starred values in def</source>
            <translation>Valores por defecto o con * en def</translation>
        </message>
        <message>
            <source>A def inside a def</source>
            <translation>Un def dentro de otro def</translation>
        </message>
        <message>
            <source>Calling that</source>
            <translation>Llamar a eso</translation>
        </message>
        <message>
            <source>More than one name after for</source>
            <translation>Más de un nombre después de for</translation>
        </message>
        <message>
            <source>else after a loop</source>
            <translation>else después de un bucle</translation>
        </message>
        <message>
            <source>The sign {op}</source>
            <translation>El signo {op}</translation>
        </message>
        <message>
            <source>That kind of value</source>
            <translation>Ese tipo de valor</translation>
        </message>
        <message>
            <source>A command without brackets</source>
            <translation>Un comando sin paréntesis</translation>
        </message>
        <message>
            <source>Giving a value to that</source>
            <translation>Darle un valor a eso</translation>
        </message>
        <message>
            <source>That</source>
            <translation>Eso</translation>
        </message>
    </context>
    <context>
        <name>TurtleStudio</name>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Step by step</source>
            <translation>Paso a paso</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Lento</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation>Rápido</translation>
        </message>
        <message>
            <source>Show as text</source>
            <translation>Ver como texto</translation>
        </message>
        <message>
            <source>Your blocks as text</source>
            <translation>Tus bloques como texto</translation>
        </message>
        <message>
            <source>What the program printed</source>
            <translation>Lo que mostró el programa</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save to my gallery</source>
            <translation>Guardar en mi galería</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Saved in your gallery</source>
            <translation>Guardado en tu galería</translation>
        </message>
        <message>
            <source>Your drawing could not be saved. Tell your teacher.</source>
            <translation>No se pudo guardar tu dibujo. Avisale a tu profe.</translation>
        </message>
        <message>
            <source>This “repeat” block is empty: put blocks inside it.</source>
            <translation>Este bloque «repetir» está vacío: poné bloques adentro.</translation>
        </message>
        <message>
            <source>Your program is empty: tap a block to add it.</source>
            <translation>Tu programa está vacío: tocá un bloque para agregarlo.</translation>
        </message>
        <message>
            <source>The program could not run. Try again.</source>
            <translation>El programa no pudo andar. Probá otra vez.</translation>
        </message>
        <message>
            <source>Something in the program does not work yet.</source>
            <translation>Algo del programa todavía no funciona.</translation>
        </message>
        <message>
            <source>Block {number} has a problem.</source>
            <translation>El bloque {number} tiene un problema.</translation>
        </message>
        <message>
            <source>Line {line} has a problem.</source>
            <translation>La línea {line} tiene un problema.</translation>
        </message>
        <message>
            <source>Show as blocks</source>
            <translation>Ver como bloques</translation>
        </message>
    </context>
    <context>
        <name>TurtleWidget</name>
        <message>
            <source>Coding studio</source>
            <translation>Taller de programación</translation>
        </message>
        <message>
            <source>You did it! Your drawing is the one asked for.</source>
            <translation>¡Lo lograste! Tu dibujo es el que se pedía.</translation>
        </message>
        <message>
            <source>Not yet: look at the drawing.</source>
            <translation>Todavía no: mirá el dibujo.</translation>
        </message>
        <message>
            <source>Not yet. Change your program and press Run again.</source>
            <translation>Todavía no. Cambiá tu programa y tocá Ejecutar otra vez.</translation>
        </message>
        <message>
            <source>Hint: {hint}</source>
            <translation>Pista: {hint}</translation>
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
            <source>Tick the whole class</source>
            <translation>Marcar toda la clase</translation>
        </message>
        <message>
            <source>Tick every learner of the class, then tap the absent to untick them</source>
            <translation>Marca a cada estudiante de la clase; después tocá a quienes faltaron para desmarcarlos</translation>
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
        <message numerus="yes">
            <source>The class's %n member(s) come first, then everyone else.</source>
            <translation>
                <numerusform>Primero la persona de la clase, después todas las demás.</numerusform>
                <numerusform>Primero las %n personas de la clase, después todas las demás.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ticked the %n member(s) of the class: tap the absent to untick them.</source>
            <translation>
                <numerusform>Marcaste a %n estudiante de la clase: tocalo si faltó para desmarcarlo.</numerusform>
                <numerusform>Marcaste a los %n estudiantes de la clase: tocá a quienes faltaron para desmarcarlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total: %n person(s)</source>
            <translation>
                <numerusform>Total: %n persona</numerusform>
                <numerusform>Total: %n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n person(s) at “{title}”.</source>
            <translation>
                <numerusform>Guardado: %n persona en «{title}».</numerusform>
                <numerusform>Guardado: %n personas en «{title}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No learners yet: count the people with the counters.</source>
            <translation>Todavía no hay estudiantes: contá a las personas con los contadores.</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 a 11</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 a 17</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adulto</translation>
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
    </context>
    <context>
        <name>_Names</name>
        <message>
            <source>move forward</source>
            <translation>avanzar</translation>
        </message>
        <message>
            <source>move back</source>
            <translation>retroceder</translation>
        </message>
        <message>
            <source>turn right</source>
            <translation>girar a la derecha</translation>
        </message>
        <message>
            <source>turn left</source>
            <translation>girar a la izquierda</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>repetir</translation>
        </message>
        <message>
            <source>pen up</source>
            <translation>subir lápiz</translation>
        </message>
        <message>
            <source>pen down</source>
            <translation>bajar lápiz</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>color</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>círculo</translation>
        </message>
        <message>
            <source>make my block</source>
            <translation>crear mi bloque</translation>
        </message>
        <message>
            <source>use</source>
            <translation>usar</translation>
        </message>
        <message>
            <source>times</source>
            <translation>veces</translation>
        </message>
        <message>
            <source>red</source>
            <translation>rojo</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>azul</translation>
        </message>
        <message>
            <source>green</source>
            <translation>verde</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>naranja</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>morado</translation>
        </message>
        <message>
            <source>black</source>
            <translation>negro</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>amarillo</translation>
        </message>
    </context>
</TS>
