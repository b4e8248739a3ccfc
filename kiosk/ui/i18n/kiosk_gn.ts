<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gn" sourcelanguage="en">
    <!-- REVIEW PENDING - revisión pendiente: a machine translation that awaits a native speaker's review. Once reviewed, set reviewed=True on this language's line in kiosk/core/languages.py (this note is written by python -m kiosk.ui.i18n.update). -->
    <context>
        <name>AddMembersDialog</name>
        <message>
            <source>Add learners to “{name}”</source>
            <translation>Mbojoapy temimboʼe «{name}»-pe</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Heka téra rupive</translation>
        </message>
        <message>
            <source>Every learner on this kiosk is already in this class.</source>
            <translation>Opavave ko kiosco-pegua oĩma ko clase-pe.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Mbojoapy</translation>
        </message>
        <message numerus="yes">
            <source>Add %n learner(s)</source>
            <translation>
                <numerusform>Mbojoapy %n temimboʼe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssignView</name>
        <message>
            <source>1. Modules</source>
            <translation>1. Módulo-kuéra</translation>
        </message>
        <message>
            <source>2. For whom</source>
            <translation>2. Mávape guarã</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Opavave clase-pegua</translation>
        </message>
        <message>
            <source>Only the learners I choose</source>
            <translation>Temimboʼe aiporavóva añoite (eiporavo iguýpe)</translation>
        </message>
        <message>
            <source>3. By when</source>
            <translation>3. Arakaʼe peve</translation>
        </message>
        <message>
            <source>With a due date (optional)</source>
            <translation>Ára ñemeʼẽrã reheve (ndahaʼéi tekotevẽ)</translation>
        </message>
        <message>
            <source>ddd d/M/yyyy</source>
            <translation>ddd d/M/yyyy</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Meʼẽ</translation>
        </message>
        <message>
            <source>Already assigned to this class</source>
            <translation>Oñemeʼẽma ko clase-pe</translation>
        </message>
        <message>
            <source>(nothing yet)</source>
            <translation>(mbaʼeve gueteri)</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Mávape</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Ñemeʼẽrã</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Nohẽ</translation>
        </message>
        <message>
            <source>Remove “{module}” for {who}</source>
            <translation>Nohẽ «{module}» {who}-pe guarã</translation>
        </message>
        <message numerus="yes">
            <source>the %n learner(s) chosen</source>
            <translation>
                <numerusform>%n temimboʼe ojeporavóva</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove the assignment?</source>
            <translation>¿Renohẽtapa ko ñemeʼẽ?</translation>
        </message>
        <message>
            <source>“{module}” will no longer be assigned to {who}. The learners keep what they have done in it, and can still open it.</source>
            <translation>«{module}» noñemeʼẽmoʼãvéima {who}-pe. Peteĩteĩ temimboʼe oñongatu ojapomavaʼekue ha ikatu gueteri oipeʼa.</translation>
        </message>
        <message>
            <source>Choose at least one module.</source>
            <translation>Eiporavo peteĩ módulo michĩvéramo.</translation>
        </message>
        <message>
            <source>Choose at least one learner, or choose the whole class.</source>
            <translation>Eiporavo peteĩ temimboʼe michĩvéramo, térã eiporavo opavave clase-pegua.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceExport</name>
        <message>
            <source>Date</source>
            <translation>Ára</translation>
        </message>
        <message>
            <source>Time in</source>
            <translation>Jeike</translation>
        </message>
        <message>
            <source>Time out</source>
            <translation>Jesẽ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Ary</translation>
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
            <translation>Mbaʼéichagua</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Aravoʼi</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Tapichakuéra</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>kakuaáva</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>temimboʼe</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>mboʼehára</translation>
        </message>
        <message>
            <source>parent/caregiver</source>
            <translation>ogaygua</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>jeho</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>taller</translation>
        </message>
        <message>
            <source>(no account)</source>
            <translation>(ndorekói cuenta)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Jeju</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n tysýi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n kuatiarogue</numerusform>
            </translation>
        </message>
        <message>
            <source>Done: {what} in {file}</source>
            <translation>Oĩma: {what} {file}-pe</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheet</name>
        <message>
            <source>January</source>
            <translation>jasyteĩ</translation>
        </message>
        <message>
            <source>February</source>
            <translation>jasykõi</translation>
        </message>
        <message>
            <source>March</source>
            <translation>jasyapy</translation>
        </message>
        <message>
            <source>April</source>
            <translation>jasyrundy</translation>
        </message>
        <message>
            <source>May</source>
            <translation>jasypo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>jasypoteĩ</translation>
        </message>
        <message>
            <source>July</source>
            <translation>jasypokõi</translation>
        </message>
        <message>
            <source>August</source>
            <translation>jasypoapy</translation>
        </message>
        <message>
            <source>September</source>
            <translation>jasyporundy</translation>
        </message>
        <message>
            <source>October</source>
            <translation>jasypa</translation>
        </message>
        <message>
            <source>November</source>
            <translation>jasypateĩ</translation>
        </message>
        <message>
            <source>December</source>
            <translation>jasypakõi</translation>
        </message>
        <message>
            <source>Mo</source>
            <translation>Ko</translation>
        </message>
        <message>
            <source>Tu</source>
            <translation>Ap</translation>
        </message>
        <message>
            <source>We</source>
            <translation>Ru</translation>
        </message>
        <message>
            <source>Th</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>Fr</source>
            <translation>Pt</translation>
        </message>
        <message>
            <source>Sa</source>
            <translation>Pk</translation>
        </message>
        <message>
            <source>Su</source>
            <translation>Te</translation>
        </message>
        <message>
            <source>Monthly attendance sheet</source>
            <translation>Jeju kuatia</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Tenda</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>whole site</source>
            <translation>tenda entéro</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Aravo</translation>
        </message>
        <message>
            <source>Generated on</source>
            <translation>Ojejapo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ary</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Ára</translation>
        </message>
        <message>
            <source>People per day</source>
            <translation>Tapicha peteĩteĩ árape</translation>
        </message>
        <message>
            <source>No account</source>
            <translation>Ndorekói cuenta</translation>
        </message>
        <message>
            <source>V = visit to the telecenter · T = workshop · VT = both on the same day</source>
            <translation>V = jeho telecentro-pe · T = taller · VT = mokõive peteĩ árape</translation>
        </message>
        <message>
            <source>Visits: {visits} · Workshop places: {workshops} · People with an account: {people} · People with no account (workshops): {anonymous}</source>
            <translation>Jeho: {visits} · Jeike taller-pe: {workshops} · Tapicha orekóva cuenta: {people} · Tapicha ndorekóiva cuenta (taller): {anonymous}</translation>
        </message>
        <message>
            <source>No attendance was recorded this month.</source>
            <translation>Ndaipóri jeju ojehaivaʼekue ko jasýpe.</translation>
        </message>
        <message>
            <source>Coordinator's signature: ______________________________</source>
            <translation>Omotenondéva firma: ______________________________</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ndorekói téra)</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Backups</source>
            <translation>Respaldo-kuéra</translation>
        </message>
        <message>
            <source>The kiosk keeps a copy of its data every day: the last 7 days and 4 weeks.</source>
            <translation>Kiosco oñongatu peteĩ copia imarandúgui ára ha ára: 7 ára paha ha 4 arapokõindy paha.</translation>
        </message>
        <message>
            <source>I have read it</source>
            <translation>Amoñeʼẽma</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Respaldo oñeñongatúva</translation>
        </message>
        <message>
            <source>Copy backup to USB…</source>
            <translation>Kopia respaldo USB-pe…</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>ára ha ára</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>arapokõindy ha arapokõindy</translation>
        </message>
        <message>
            <source>{when} ({kind}, {size} MB)</source>
            <translation>{when} ({kind}, {size} MB)</translation>
        </message>
        <message>
            <source>No backup yet: the kiosk takes the first one shortly after it starts.</source>
            <translation>Ndaipóri gueteri respaldo: kiosco ojapo peteĩha sapyʼami ojeipeʼa rire.</translation>
        </message>
        <message>
            <source>Choose the USB stick or a folder</source>
            <translation>Eiporavo pendrive térã peteĩ ñongatuha</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation>Ojekopiahína respaldo…</translation>
        </message>
        <message>
            <source>The backup was copied and checked: {file}. Keep the stick in a safe place: it holds the learners' names.</source>
            <translation>Respaldo ojekopia ha ojehecha jey: {file}. Eñongatu pendrive peteĩ tenda hekorosãvape: oguereko temimboʼe réra.</translation>
        </message>
        <message>
            <source>There is no good backup to copy yet.</source>
            <translation>Ndaipóri gueteri respaldo iporãva ojekopia hag̃ua.</translation>
        </message>
        <message>
            <source>The backup could not be copied there. Is the USB stick full or read-only? Try another folder.</source>
            <translation>Ndaikatúi ojekopia respaldo upépe. ¿Henyhẽpa pendrive térã ndaikatúi ojehai hese? Eñehaʼã ambue ñongatuha ndive.</translation>
        </message>
    </context>
    <context>
        <name>BlockRow</name>
        <message>
            <source>Less</source>
            <translation>Saʼive</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Hetave</translation>
        </message>
        <message>
            <source>The name of my block</source>
            <translation>Che bloque réra</translation>
        </message>
    </context>
    <context>
        <name>BlocksEditor</name>
        <message>
            <source>Tap a block on the left to add it here.</source>
            <translation>Ejopy peteĩ bloque asu gotyo oĩva emoĩ hag̃ua koʼápe.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Mbojupi</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Mboguejy</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Mbogue</translation>
        </message>
        <message>
            <source>Move the block up</source>
            <translation>Mbojupi bloque</translation>
        </message>
        <message>
            <source>Move the block down</source>
            <translation>Mboguejy bloque</translation>
        </message>
        <message>
            <source>Delete the block</source>
            <translation>Mbogue bloque</translation>
        </message>
        <message>
            <source>Add “{block}”</source>
            <translation>Mbojoapy «{block}»</translation>
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
            <translation>Ko certificado ohechakuaa</translation>
        </message>
        <message>
            <source>completed the module</source>
            <translation>omohuʼãha módulo</translation>
        </message>
        <message>
            <source>with effort and the will to learn. Congratulations, and keep going!</source>
            <translation>ñehaʼã ha oñemboʼesehápe. ¡Vyʼapavẽ, ha jaha tenonde gotyo!</translation>
        </message>
        <message>
            <source>Facilitator’s signature</source>
            <translation>Pytyvõhára firma</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <source>The PDF could not be saved there. Choose another folder or a USB stick.</source>
            <translation>Ndaikatúi oñeñongatu PDF upépe. Eiporavo ambue ñongatuha térã peteĩ pendrive.</translation>
        </message>
        <message>
            <source>Cards saved: {path}. Print them and hand each card to its owner.</source>
            <translation>Tarjeta oñeñongatúma: {path}. Embokuatia ha emeʼẽ peteĩteĩ ijárape.</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Clase-kuéra</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Hechauka clase oĩva archivo-pe</translation>
        </message>
        <message>
            <source>New class</source>
            <translation>Clase pyahu</translation>
        </message>
        <message>
            <source>Import from CSV…</source>
            <translation>Gueru CSV-gui…</translation>
        </message>
        <message>
            <source>Name, age, role and class of many learners at once, from a spreadsheet saved as CSV</source>
            <translation>Heta tapicha réra, ary, rol ha clase peteĩjeýpe, peteĩ planilla oñeñongatúva CSV-ramo guive</translation>
        </message>
        <message>
            <source>Print cards…</source>
            <translation>Mbokuatia tarjeta…</translation>
        </message>
        <message>
            <source>New picture passwords for the whole class, and their cards as a PDF</source>
            <translation>Taʼãnga ñemi pyahu opavave clase-peguápe guarã, ha hetarjeta peteĩ PDF-pe</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Moambue téra</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Ñongatu archivo-pe</translation>
        </message>
        <message>
            <source>Create a class, or import a list of learners (CSV) to start.</source>
            <translation>Ñepyrũ hag̃ua, ejapo peteĩ clase térã egueru temimboʼe lista (CSV).</translation>
        </message>
        <message>
            <source>Add learners…</source>
            <translation>Mbojoapy temimboʼe…</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Temimboʼe pyahu…</translation>
        </message>
        <message>
            <source>Learners in the class</source>
            <translation>Temimboʼe clase-pegua</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ary</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Secret pictures</source>
            <translation>Taʼãnga ñemi</translation>
        </message>
        <message>
            <source>Remove from the class</source>
            <translation>Nohẽ clase-gui</translation>
        </message>
        <message>
            <source>Reset picture password</source>
            <translation>Mopyahu taʼãnga ñemi</translation>
        </message>
        <message>
            <source>{name} · {count}</source>
            <translation>{name} · {count}</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivo-pe)</translation>
        </message>
        <message>
            <source>No class yet</source>
            <translation>Ndaipóri gueteri clase</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivo-pe</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n temimboʼe</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Héẽ</translation>
        </message>
        <message>
            <source>Chooses at next sign-in</source>
            <translation>Oiporavóta oike vove</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gueru jey</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Moheñói</translation>
        </message>
        <message>
            <source>Class “{name}” created.</source>
            <translation>Oñemoheñói clase «{name}».</translation>
        </message>
        <message>
            <source>Rename “{name}”</source>
            <translation>Moambue «{name}» réra</translation>
        </message>
        <message>
            <source>The class is now called “{name}”.</source>
            <translation>Koʼág̃a clase héra «{name}».</translation>
        </message>
        <message>
            <source>Archive “{name}”?</source>
            <translation>¿Ñongatu archivo-pe «{name}»?</translation>
        </message>
        <message>
            <source>The class leaves the list. Its learners and everything they did stay on the kiosk, and you can bring the class back with “Show archived classes”.</source>
            <translation>Clase osẽ listagui. Hemimboʼekuéra ha opa ojapovaʼekue opyta kiosco-pe, ha ikatu regueru jey clase «Hechauka clase oĩva archivo-pe» rupive.</translation>
        </message>
        <message>
            <source>Class “{name}” archived.</source>
            <translation>Clase «{name}» oñeñongatu archivo-pe.</translation>
        </message>
        <message>
            <source>Class “{name}” is back.</source>
            <translation>Clase «{name}» oĩ jeýma listape.</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) added to “{name}”.</source>
            <translation>
                <numerusform>Oñembojoapy %n temimboʼe «{name}»-pe.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} joined “{class_name}”.</source>
            <translation>{name} oĩma «{class_name}»-pe.</translation>
        </message>
        <message>
            <source>{name} is no longer in “{class_name}”.</source>
            <translation>{name} ndoĩvéima «{class_name}»-pe.</translation>
        </message>
        <message>
            <source>Reset the picture password of {name}?</source>
            <translation>¿Mopyahu {name} taʼãnga ñemi?</translation>
        </message>
        <message>
            <source>{name} will choose 4 new pictures at their next sign-in, once a teacher confirms it is them (or print them a card).</source>
            <translation>Oike jey vove, {name} oiporavóta 4 taʼãnga pyahu, peteĩ mboʼehára ohechakuaa rire haʼeha upe tapicha (térã embokuatia chupe peteĩ tarjeta).</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Mopyahu</translation>
        </message>
        <message>
            <source>Done: {name} will choose new pictures at the next sign-in.</source>
            <translation>Oĩma: {name} oiporavóta taʼãnga pyahu oike jey vove.</translation>
        </message>
        <message>
            <source>New picture passwords for “{name}”</source>
            <translation>Taʼãnga ñemi pyahu «{name}»-pe guarã</translation>
        </message>
        <message numerus="yes">
            <source>Each of the %n learner(s) gets 4 new secret pictures, and their cards are saved as a PDF to print. The pictures they use now will stop working. Hand each card to its owner.</source>
            <translation>
                <numerusform>Peteĩteĩ %n tapicha ohupyty 4 taʼãnga ñemi pyahu, ha hetarjeta oñeñongatu peteĩ PDF-pe embokuatia hag̃ua. Taʼãnga oipuruha koʼág̃a ndoikovéima. Emeʼẽ peteĩteĩ tarjeta ijárape.</numerusform>
            </translation>
        </message>
        <message>
            <source>Assign and save the cards…</source>
            <translation>Meʼẽ ha ñongatu tarjeta…</translation>
        </message>
        <message>
            <source>Picture cards {name}.pdf</source>
            <translation>Taʼãnga tarjeta {name}.pdf</translation>
        </message>
        <message>
            <source>Save the picture cards</source>
            <translation>Ñongatu taʼãnga tarjeta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF marandurenda (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Done: %n demo learner(s) in {home}</source>
            <translation>
                <numerusform>Oĩma: %n temimboʼe techapyrã {home}-pe</numerusform>
            </translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>omotenondéva</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>mboʼehára</translation>
        </message>
        <message>
            <source>  Demo staff: {name} ({role}), PIN {pin}</source>
            <translation>  Mbaʼapohára techapyrã: {name} ({role}), PIN {pin}</translation>
        </message>
        <message>
            <source>{home} already has learners: nothing was added.</source>
            <translation>{home} oguerekóma temimboʼe: noñembojoapýi mbaʼeve.</translation>
        </message>
        <message>
            <source>{home} has no learners: run «kiosk demo --home {home}» first.</source>
            <translation>{home} ndorekói temimboʼe: emboguata raẽ «kiosk demo --home {home}».</translation>
        </message>
        <message numerus="yes">
            <source>Added %n learner visit(s) of today in {home}</source>
            <translation>
                <numerusform>Oñembojoapy %n temimboʼe jeho ko árapegua {home}-pe</numerusform>
            </translation>
        </message>
        <message>
            <source>kiosk: the folder {home} cannot be used: {error}</source>
            <translation>kiosk: ndaikatúi ojepuru ñongatuha {home}: {error}</translation>
        </message>
        <message>
            <source>kiosk {command}: could not open {home}: {error}</source>
            <translation>kiosk {command}: ndaikatúi ojeipeʼa {home}: {error}</translation>
        </message>
        <message>
            <source>kiosk {command}: {problem}</source>
            <translation>kiosk {command}: {problem}</translation>
        </message>
        <message>
            <source>{other} would be merged into {keep} and removed: {what} would move to {keep}.</source>
            <translation>{other} oñembojoajúne {keep} ndive ha oñenohẽne: {what} ohasáne {keep}-pe.</translation>
        </message>
        <message>
            <source>Nothing was changed. Run the command again with --yes to merge them.</source>
            <translation>Mbaʼeve noñemoambuéi. Ejapo jey comando --yes reheve embojoaju hag̃ua.</translation>
        </message>
        <message>
            <source>Done: {other} was merged into {keep} ({what}).</source>
            <translation>Oĩma: {other} oñembojoaju {keep} ndive ({what}).</translation>
        </message>
        <message>
            <source>Done: {old} is now called “{name}”.</source>
            <translation>Oĩma: {old} koʼág̃a héra «{name}».</translation>
        </message>
        <message>
            <source>Done: {name} is archived (hidden from the sign-in screen; progress kept). 'kiosk learners restore' brings them back.</source>
            <translation>Oĩma: {name} oñeñongatu archivo-pe (ndojehechái pantalla jeikeháme; ojapovaʼekue oñeñongatu). 'kiosk learners restore' ogueru jey chupe.</translation>
        </message>
        <message>
            <source>Done: {name} is back on the sign-in screen.</source>
            <translation>Oĩma: {name} oĩ jeýma pantalla jeikeháme.</translation>
        </message>
        <message>
            <source>Deleting {name} would lose for good: {what}.</source>
            <translation>{name} oñemboguéramo, okañýne opa ára guarã: {what}.</translation>
        </message>
        <message>
            <source>Nothing was deleted. Run the command again with --yes to delete.</source>
            <translation>Mbaʼeve noñemboguéi. Ejapo jey comando --yes reheve embogue hag̃ua.</translation>
        </message>
        <message>
            <source>Done: {name} was deleted ({what}).</source>
            <translation>Oĩma: {name} oñembogue ({what}).</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) to lessons</source>
            <translation>
                <numerusform>%n jeho mboʼepy-pe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n mbohovái</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s)</source>
            <translation>
                <numerusform>%n jeike</numerusform>
            </translation>
        </message>
        <message>
            <source>no learner is called or has the id “{wanted}”. 'kiosk learners list' shows them.</source>
            <translation>avave ndahéri ni ndorekói id «{wanted}». 'kiosk learners list' ohechauka opavavépe.</translation>
        </message>
        <message>
            <source>several learners are called “{wanted}” ({ids}): name one by the start of its id.</source>
            <translation>heta tapicha héra «{wanted}» ({ids}): ehenói peteĩme iid ñepyrũ rupive.</translation>
        </message>
        <message>
            <source>No learners yet.</source>
            <translation>Ndaipóri gueteri temimboʼe.</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivo-pe)</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n temimboʼe</numerusform>
            </translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>kakuaáva</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>temimboʼe</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>sy, túva térã oñangarekóva</translation>
        </message>
        <message>
            <source>another learner already has this name and this picture.</source>
            <translation>ambue tapicha oguerekóma ko téra ha ko taʼãnga.</translation>
        </message>
        <message>
            <source>write a name or a nickname.</source>
            <translation>ehai peteĩ téra térã apodo.</translation>
        </message>
        <message>
            <source>a profile cannot be merged with itself.</source>
            <translation>peteĩ perfil ndaikatúi oñembojoaju ijupe.</translation>
        </message>
        <message>
            <source>another active learner has the same name and picture: rename one of them first.</source>
            <translation>ambue tapicha oĩva oguereko upe téra ha taʼãnga: raẽ emoambue peteĩva réra.</translation>
        </message>
        <message>
            <source>New PIN or password: </source>
            <translation>PIN térã contraseña pyahu: </translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>Ehai jey upéva: </translation>
        </message>
        <message>
            <source>The two PINs are not the same. Nothing was changed.</source>
            <translation>Mokõive PIN ndojojái. Mbaʼeve noñemoambuéi.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess (like 1234 or 0000). Nothing was changed.</source>
            <translation>Upe PIN ndahasyieterei ojeikuaa hag̃ua (haʼeháicha 1234 térã 0000). Mbaʼeve noñemoambuéi.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>PIN pyahu oñeñongatu {name}-pe guarã.</translation>
        </message>
        <message>
            <source>New recovery code (write it down and keep it somewhere safe): {code}</source>
            <translation>Código jeguerujeyrã pyahu (ehai ha eñongatu peteĩ tenda hekorosãvape): {code}</translation>
        </message>
        <message>
            <source>kiosk sync enrol: not a valid server address: {error}</source>
            <translation>kiosk sync enrol: servidor kundaharape ndoikói: {error}</translation>
        </message>
        <message>
            <source>{error} ({detail}). The code was kept: it goes in the next USB bundle (kiosk sync export-bundle).</source>
            <translation>{error} ({detail}). Código oñeñongatu: ohóta paquete USB upeiguávape (kiosk sync export-bundle).</translation>
        </message>
        <message>
            <source>Kiosk enrolled with {server} (telecenter: {site}).</source>
            <translation>Kiosco oñemboheraguapy {server}-pe (telecentro: {site}).</translation>
        </message>
        <message>
            <source>Kiosk enrolled with {server}.</source>
            <translation>Kiosco oñemboheraguapy {server}-pe.</translation>
        </message>
        <message>
            <source>{error}: use “kiosk sync enrol --server URL --code CODE”, or take the figures on a USB stick with “kiosk sync export-bundle”.</source>
            <translation>{error}: eipuru «kiosk sync enrol --server URL --code CÓDIGO», térã egueraha marandu USB-pe «kiosk sync export-bundle» rupive.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n figure(s) in {batches}: {accepted}, {refused}.</source>
            <translation>
                <numerusform>Oñemondo %n marandu {batches}-pe: {accepted}, {refused}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n ñemondo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>%n oñemoneĩva</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n oñembotovéva</numerusform>
            </translation>
        </message>
        <message>
            <source>There was nothing waiting to be sent.</source>
            <translation>Ndaipórikuri marandu ohaʼarõva.</translation>
        </message>
        <message>
            <source>Waiting: {count}.</source>
            <translation>Ohaʼarõva: {count}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ni peteĩ</translation>
        </message>
        <message>
            <source>{server} (telecenter: {site})</source>
            <translation>{server} (telecentro: {site})</translation>
        </message>
        <message>
            <source>not enrolled (code kept for USB: {code})</source>
            <translation>noñemboheraguapýi (código oñeñongatu USB-pe guarã: {code})</translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>noñemboheraguapýi</translation>
        </message>
        <message>
            <source>Installation: {id}</source>
            <translation>Ñemohenda: {id}</translation>
        </message>
        <message>
            <source>Server: {server}</source>
            <translation>Servidor: {server}</translation>
        </message>
        <message>
            <source>Last successful sync: {when}</source>
            <translation>Sincronización paha oikoporãva: {when}</translation>
        </message>
        <message>
            <source>Figures waiting: {count}</source>
            <translation>Marandu ohaʼarõva: {count}</translation>
        </message>
        <message>
            <source>Figures refused: {count}</source>
            <translation>Marandu oñembotovéva: {count}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Jejavy paha: {error}</translation>
        </message>
        <message>
            <source>Next try: {when}</source>
            <translation>Ñehaʼã upeigua: {when}</translation>
        </message>
        <message>
            <source>Last USB bundle: {when}</source>
            <translation>Paquete USB paha: {when}</translation>
        </message>
        <message>
            <source>This kiosk must be enrolled again (kiosk sync enrol).</source>
            <translation>Ko kiosco oñemboheraguapy jey vaʼerã (kiosk sync enrol).</translation>
        </message>
        <message>
            <source>Warning! {what}</source>
            <translation>¡Ñatendépy! {what}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ára</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Marandu</translation>
        </message>
        <message>
            <source>Grouping</source>
            <translation>Ñembojaʼo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Papapy</translation>
        </message>
        <message>
            <source>This kiosk is already enrolled online: the code is not needed and not used.</source>
            <translation>Ko kiosco oñemboheraguapýma internet rupive: código natekotevẽi ha ndojepurúi.</translation>
        </message>
        <message>
            <source>kiosk sync export-bundle: the folder {folder} does not exist (is the USB stick plugged in?).</source>
            <translation>kiosk sync export-bundle: ñongatuha {folder} ndaipóri (¿oñemoingepa pendrive?).</translation>
        </message>
        <message>
            <source>kiosk sync export-bundle: the bundle could not be written to {folder} (is the USB stick full or write-protected?): {error}</source>
            <translation>kiosk sync export-bundle: ndaikatúi ojehai paquete {folder}-pe (¿henyhẽpa pendrive térã ndaikatúi ojehai hese?): {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s), with the enrolment code</source>
            <translation>
                <numerusform>%n marandu, código ñemboheraguapy reheve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s)</source>
            <translation>
                <numerusform>%n marandu</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundle saved: {path} ({what})</source>
            <translation>Paquete oñeñongatu: {path} ({what})</translation>
        </message>
        <message>
            <source>kiosk turtle run: {file} cannot be read: {error}</source>
            <translation>kiosk turtle run: ndaikatúi oñemoñeʼẽ {file}: {error}</translation>
        </message>
        <message>
            <source>kiosk turtle check: {file} cannot be read: {error}</source>
            <translation>kiosk turtle check: ndaikatúi oñemoñeʼẽ {file}: {error}</translation>
        </message>
        <message>
            <source>kiosk turtle check: there is no turtle challenge {challenge}</source>
            <translation>kiosk turtle check: ndaipóri desafío karumbe-pegua {challenge}</translation>
        </message>
        <message>
            <source>passed: the program solves {challenge}</source>
            <translation>ohasa: programa ojapo porã {challenge}</translation>
        </message>
        <message>
            <source>failed: the program does not solve {challenge} yet</source>
            <translation>ndohasái: programa ndojapo porãi gueteri {challenge}</translation>
        </message>
        <message>
            <source>The backup could not be written: {error}</source>
            <translation>Ndaikatúi ojehai respaldo: {error}</translation>
        </message>
        <message>
            <source>The backup failed its check and was deleted (see the log).</source>
            <translation>Respaldo ndohasái jehecha jey ha oñembogue (ehecha registro).</translation>
        </message>
        <message>
            <source>Backup taken: {path}</source>
            <translation>Respaldo ojejapóma: {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Ndaipóri gueteri respaldo.</translation>
        </message>
        <message>
            <source>kiosk content pack: could not read the key or write the pack: {error}</source>
            <translation>kiosk content pack: ndaikatúi oñemoñeʼẽ clave térã ojehai paquete: {error}</translation>
        </message>
        <message>
            <source>Pack {pack} {version} signed by {publisher}: {out}</source>
            <translation>Paquete {pack} {version}, {publisher} ofirmáva: {out}</translation>
        </message>
        <message>
            <source>Installed pack {pack} {version} ({publisher}).</source>
            <translation>Paquete oñemohendáma: {pack} {version} ({publisher}).</translation>
        </message>
        <message>
            <source>  {module}: a new major version; quiz scores start again (completions are kept)</source>
            <translation>  {module}: peteĩ versión mayor pyahu; porandu puntaje oñepyrũ jey (mboʼepy oñemohuʼãvaʼekue opyta)</translation>
        </message>
        <message>
            <source>No lesson pack is installed.</source>
            <translation>Ndaipóri mboʼepy paquete oñemohendáva.</translation>
        </message>
        <message>
            <source> (previous: {version})</source>
            <translation> (mboyvegua: {version})</translation>
        </message>
        <message>
            <source>Module {module} restored: {old} -&gt; {new}.</source>
            <translation>Módulo {module} ojegueru jey: {old} -&gt; {new}.</translation>
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
            <translation>Jevy ñepyrũhápe</translation>
        </message>
        <message>
            <source>Next lesson</source>
            <translation>Mboʼepy upeigua</translation>
        </message>
        <message>
            <source>Well done! You finished “{title}”.</source>
            <translation>¡Iporãiterei! Remohuʼã «{title}».</translation>
        </message>
        <message>
            <source>You completed the module “{title}”!</source>
            <translation>¡Remohuʼã módulo «{title}»!</translation>
        </message>
        <message>
            <source>Every lesson done. You can ask the facilitator for your certificate.</source>
            <translation>Rejapopa opa mboʼepy. Ejerure pytyvõhárape nde certificado.</translation>
        </message>
        <message>
            <source>You got every question right the first time.</source>
            <translation>Rembohovái porã opa porandu ñehaʼã peteĩháme.</translation>
        </message>
        <message>
            <source>Very good! You can try again to win all the stars.</source>
            <translation>¡Iporãiterei! Reipotáramo, eñehaʼã jey rehupyty hag̃ua opa mbyja.</translation>
        </message>
        <message>
            <source>You learned something new today. Try again whenever you like.</source>
            <translation>Ko árape reikuaa peteĩ mbaʼe pyahu. Ikatu reñehaʼã jey reipotá jave.</translation>
        </message>
    </context>
    <context>
        <name>CompletionView</name>
        <message>
            <source>Learners of the class who completed every lesson of each module.</source>
            <translation>Temimboʼe clase-pegua omohuʼãva opa mboʼepy peteĩteĩ módulo-pegua.</translation>
        </message>
        <message>
            <source>There are no modules on this kiosk yet.</source>
            <translation>Ndaipóri gueteri módulo ko kiosco-pe.</translation>
        </message>
        <message>
            <source>{done} of {total} ({percent} %)</source>
            <translation>{done} {total}-gui ({percent} %)</translation>
        </message>
    </context>
    <context>
        <name>ContentLanguage</name>
        <message>
            <source>Spanish</source>
            <translation>karaiñeʼẽ</translation>
        </message>
        <message>
            <source>Guarani</source>
            <translation>avañeʼẽ</translation>
        </message>
        <message>
            <source>English</source>
            <translation>ingléñeʼẽ</translation>
        </message>
    </context>
    <context>
        <name>ContentPacksPage</name>
        <message>
            <source>Lesson packs</source>
            <translation>Mboʼepy paquete-kuéra</translation>
        </message>
        <message>
            <source>New lessons from a USB stick. Only packs signed by a publisher this kiosk trusts are installed.</source>
            <translation>Mboʼepy pyahu peteĩ pendrive-gui. Oñemohenda paquete ofirmáva peteĩ editorial ko kiosco ojeroviáva añoite.</translation>
        </message>
        <message>
            <source>Import a pack (zip)…</source>
            <translation>Gueru peteĩ paquete (zip)…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Gueru peteĩ ñongatuha…</translation>
        </message>
        <message>
            <source>Installed modules</source>
            <translation>Módulo oñemohendáva</translation>
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
            <translation>Ñemohenda ára</translation>
        </message>
        <message>
            <source>Previous version</source>
            <translation>Versión mboyvegua</translation>
        </message>
        <message>
            <source>Restore the previous version</source>
            <translation>Gueru jey versión mboyvegua</translation>
        </message>
        <message>
            <source>No lesson pack is installed: the kiosk shows its own lessons.</source>
            <translation>Ndaipóri mboʼepy paquete oñemohendáva: kiosco ohechauka imboʼepy tee.</translation>
        </message>
        <message>
            <source>the kiosk's own</source>
            <translation>kiosco mbaʼe</translation>
        </message>
        <message>
            <source>Choose a lesson pack</source>
            <translation>Eiporavo peteĩ mboʼepy paquete</translation>
        </message>
        <message>
            <source>Lesson packs (*.zip);;All files (*)</source>
            <translation>Mboʼepy paquete (*.zip);;Opaite marandurenda (*)</translation>
        </message>
        <message>
            <source>Choose the pack's folder on the USB stick</source>
            <translation>Eiporavo paquete ñongatuha pendrive-pe</translation>
        </message>
        <message>
            <source>Checking the pack «{name}»…</source>
            <translation>Ojehecha jeyhína paquete «{name}»…</translation>
        </message>
        <message>
            <source>Installed: pack «{pack}» {version}. Learners see the new lessons now.</source>
            <translation>Oñemohendáma: paquete «{pack}» {version}. Temimboʼe ohecháma mboʼepy pyahu.</translation>
        </message>
        <message>
            <source>«{module}» goes back from version {new} to {old}. Learners' completed lessons stay.</source>
            <translation>«{module}» ojevy versión {new}-gui {old}-pe. Temimboʼe mboʼepy omohuʼãvaʼekue opyta.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gueru jey</translation>
        </message>
        <message>
            <source>Restored version {old} (it was {new}).</source>
            <translation>Ojegueru jey versión {old} (haʼekuri {new}).</translation>
        </message>
        <message>
            <source>Not installed: {reason}</source>
            <translation>Noñemohendái: {reason}</translation>
        </message>
        <message>
            <source>That file or folder could not be read. Is the USB stick still there?</source>
            <translation>Ndaikatúi oñemoñeʼẽ upe marandurenda térã ñongatuha. ¿Oĩ gueteripa pendrive?</translation>
        </message>
    </context>
    <context>
        <name>ContentWords</name>
        <message>
            <source>The key is not an Ed25519 key.</source>
            <translation>Clave ndahaʼéi clave Ed25519.</translation>
        </message>
        <message>
            <source>The key file is neither a PEM nor a raw Ed25519 key.</source>
            <translation>Clave marandurenda ndahaʼéi clave Ed25519 (ni PEM ni en bruto).</translation>
        </message>
        <message>
            <source>The folder holds a link ({name}): packs hold only plain files.</source>
            <translation>Ñongatuha oguereko peteĩ link ({name}): paquete-kuérape oĩ marandurenda común añoite.</translation>
        </message>
        <message>
            <source>The pack holds no lesson module.</source>
            <translation>Paquete ndorekói ni peteĩ mboʼepy módulo.</translation>
        </message>
        <message numerus="yes">
            <source>The pack's lessons have %n problem(s), the same ones «kiosk lessons check» finds; nothing was installed.</source>
            <translation>
                <numerusform>Paquete mboʼepy oguereko %n apañuʼãi, umi «kiosk lessons check» ojuhúva voi; noñemohendái mbaʼeve.</numerusform>
            </translation>
        </message>
        <message>
            <source>A file name tries to leave the pack ({name}).</source>
            <translation>Peteĩ marandurenda réra oñehaʼã osẽ paquete-gui ({name}).</translation>
        </message>
        <message>
            <source>The pack has too many files (at most {n}).</source>
            <translation>Paquete oguereko hetaiterei marandurenda ({n} peve añoite).</translation>
        </message>
        <message>
            <source>A file is too large for a lesson pack ({name}).</source>
            <translation>Peteĩ marandurenda tuichaiterei mboʼepy paquete-pe guarã ({name}).</translation>
        </message>
        <message>
            <source>This is not a lesson pack (neither a pack folder nor a zip).</source>
            <translation>Kóva ndahaʼéi mboʼepy paquete (ndahaʼéi paquete ñongatuha ni zip).</translation>
        </message>
        <message>
            <source>The pack lists a file twice ({name}).</source>
            <translation>Paquete lista-pe peteĩ marandurenda oĩ mokõi jey ({name}).</translation>
        </message>
        <message>
            <source>The folder holds something that is not a file ({name}).</source>
            <translation>Ñongatuha oguereko peteĩ mbaʼe ndahaʼéiva marandurenda ({name}).</translation>
        </message>
        <message>
            <source>The zip file is damaged or cannot be read.</source>
            <translation>Marandurenda zip oñembyai térã ndaikatúi oñemoñeʼẽ.</translation>
        </message>
        <message>
            <source>The pack's description (pack.json) is not valid: {what}.</source>
            <translation>Paquete ñemombeʼu (pack.json) ndoikói: {what}.</translation>
        </message>
        <message>
            <source>This is not a lesson pack (its format is not {format}).</source>
            <translation>Kóva ndahaʼéi mboʼepy paquete (iformato ndahaʼéi {format}).</translation>
        </message>
        <message>
            <source>This is not a lesson pack: it has no pack.json.</source>
            <translation>Kóva ndahaʼéi mboʼepy paquete: ndorekói pack.json.</translation>
        </message>
        <message>
            <source>The pack is not signed (pack.sig is missing): it cannot be trusted.</source>
            <translation>Paquete ndojefirmái (ndaipóri pack.sig): ndaikatúi ojerovia hese.</translation>
        </message>
        <message>
            <source>The pack is signed by «{publisher}», who is not a trusted publisher of this kiosk.</source>
            <translation>Paquete ofirma «{publisher}», ha ndahaʼéi peteĩ editorial ojeroviakatúva ko kiosco-pe guarã.</translation>
        </message>
        <message>
            <source>The pack's signature does not match: it was changed after it was signed, or signed with another key.</source>
            <translation>Paquete firma ndojoajúi: oñemoambue ojefirma rire, térã ojefirma ambue clave reheve.</translation>
        </message>
        <message>
            <source>The pack holds a file that was added after signing: {name}.</source>
            <translation>Paquete oguereko peteĩ marandurenda oñembojoapýva ojefirma rire: {name}.</translation>
        </message>
        <message>
            <source>A file of the pack was changed after signing: {name}.</source>
            <translation>Peteĩ paquete marandurenda oñemoambue ojefirma rire: {name}.</translation>
        </message>
        <message>
            <source>A file of the pack is missing: {name}.</source>
            <translation>Paquete-pe ndaipóri peteĩ marandurenda: {name}.</translation>
        </message>
        <message>
            <source>Another lesson pack is being installed on this kiosk. Try again in a moment.</source>
            <translation>Oñemohendahína ambue mboʼepy paquete ko kiosco-pe. Eñehaʼã jey sapyʼami rire.</translation>
        </message>
        <message>
            <source>Module «{module}» {new} is already installed.</source>
            <translation>Módulo «{module}» {new} oñemohendáma.</translation>
        </message>
        <message>
            <source>Module «{module}» {new} is older than the installed version {old}: it was not installed (to go back, use «Restore the previous version»).</source>
            <translation>Módulo «{module}» {new} itujave versión oñemohendáva {old}-gui: noñemohendái (rejevy hag̃ua, eipuru «Gueru jey versión mboyvegua»).</translation>
        </message>
        <message>
            <source>The pack's modules do not match its description (pack.json): {module}.</source>
            <translation>Paquete módulo-kuéra ndojoajúi iñemombeʼu ndive (pack.json): {module}.</translation>
        </message>
        <message>
            <source>Module «{module}» has no previous version to restore.</source>
            <translation>Módulo «{module}» ndorekói versión mboyvegua ojegueru jey hag̃ua.</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <source>One less: {group}</source>
            <translation>Peteĩ tapicha saʼive: {group}</translation>
        </message>
        <message>
            <source>One more: {group}</source>
            <translation>Peteĩ tapicha hetave: {group}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The kiosk had a problem</source>
            <translation>Kiosco oguereko peteĩ apañuʼãi</translation>
        </message>
        <message>
            <source>The kiosk had a problem…</source>
            <translation>Kiosco oguereko peteĩ apañuʼãi…</translation>
        </message>
        <message>
            <source>What was saved before stays saved. A report for whoever helps this telecenter was written: copy it to a USB stick and hand it over. It holds no names.</source>
            <translation>Oñeñongatuvaʼekue opyta oñeñongatupyre. Ojehai peteĩ informe pe tapicha oipytyvõvape ko telecentro-pe guarã: ekopia peteĩ pendrive-pe ha emeʼẽ chupe. Ndorekói téra.</translation>
        </message>
        <message>
            <source>What was saved before stays saved. The report could not be written.</source>
            <translation>Oñeñongatuvaʼekue opyta oñeñongatupyre. Ndaikatúi ojehai informe.</translation>
        </message>
        <message>
            <source>Copy report to USB</source>
            <translation>Kopia informe USB-pe</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mboty</translation>
        </message>
        <message>
            <source>Choose the USB stick</source>
            <translation>Eiporavo pendrive</translation>
        </message>
        <message>
            <source>The report could not be copied there. Try another folder.</source>
            <translation>Ndaikatúi ojekopia informe upépe. Eñehaʼã ambue ñongatuha ndive.</translation>
        </message>
        <message>
            <source>Copied: {file}</source>
            <translation>Ojekopiáma: {file}</translation>
        </message>
    </context>
    <context>
        <name>DifficultView</name>
        <message>
            <source>Questions most missed at the first try, and the answers chosen instead.</source>
            <translation>Porandu ojejavyvéva ñehaʼã peteĩháme, ha mbohovái ojeporavóva hendaguépe.</translation>
        </message>
        <message>
            <source>Every learner of the telecenter</source>
            <translation>Opavave temimboʼe telecentro-pegua</translation>
        </message>
        <message>
            <source>Nobody has answered these questions yet.</source>
            <translation>Avave ndombohováiri gueteri koʼã porandu.</translation>
        </message>
        <message>
            <source>Every question was answered right at the first try. Well done, class!</source>
            <translation>Opa porandu oñembohovái porã ñehaʼã peteĩháme. ¡Iporãiterei, clase!</translation>
        </message>
        <message>
            <source>Missed at the first try by {missed} of {answered} ({percent} %)</source>
            <translation>Ojejavy ñehaʼã peteĩháme {missed} {answered}-gui ({percent} %)</translation>
        </message>
        <message>
            <source>• “{answer}” — chosen by {count}</source>
            <translation>• «{answer}» — oiporavo {count}</translation>
        </message>
        <message>
            <source>Sensitive lessons: only how many answered is shown.</source>
            <translation>Mboʼepy ojeñangarekovaʼerã: ojehechauka mbovýpa ombohovái añoite.</translation>
        </message>
        <message numerus="yes">
            <source>“{lesson}” — {prompt}: answered by %n learner(s)</source>
            <translation>
                <numerusform>“{lesson}” — {prompt}: ombohovái %n tapicha</numerusform>
            </translation>
        </message>
        <message>
            <source>Reflection (not graded) · {lesson}</source>
            <translation>Jepyʼamongeta (ndorekói nota) · {lesson}</translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s): too few to show the answers without pointing at someone.</source>
            <translation>
                <numerusform>Ombohovái %n temimboʼe: mbohovái saʼieterei, ndaikatúi ojehechauka ojekuaaʼỹre mávapa ombohovái.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s); only these counts are shown, never who chose what.</source>
            <translation>
                <numerusform>Ombohovái %n temimboʼe; ojehechauka koʼã papapy añoite, arakaʼeve mávapa oiporavo mbaʼe.</numerusform>
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
            <translation>Python {python} {system}-pe</translation>
        </message>
        <message>
            <source>Home: {path}</source>
            <translation>Kiosco ñongatuha: {path}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
        <message>
            <source>Logs: {path}</source>
            <translation>Registro: {path}</translation>
        </message>
        <message>
            <source>Backups: {path}</source>
            <translation>Respaldo: {path}</translation>
        </message>
        <message>
            <source>Lessons: {path}</source>
            <translation>Mboʼepy: {path}</translation>
        </message>
        <message>
            <source>Problem: the home folder does not exist.</source>
            <translation>Apañuʼãi: kiosco ñongatuha ndaipóri.</translation>
        </message>
        <message>
            <source>Problem: there is no kiosk here (no {name} in this folder).</source>
            <translation>Apañuʼãi: koʼápe ndaipóri kiosco (ndaipóri {name} ko ñongatuhápe).</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Ñongatuha-kuéra</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>No database file.</source>
            <translation>Ndaipóri base de datos marandurenda.</translation>
        </message>
        <message>
            <source>Size: {size}</source>
            <translation>Tuichakue: {size}</translation>
        </message>
        <message>
            <source>Problem: the database file is empty (0 bytes).</source>
            <translation>Apañuʼãi: base de datos marandurenda nandi (0 bytes).</translation>
        </message>
        <message>
            <source>Problem: the database is damaged or is not a kiosk database ({error}).</source>
            <translation>Apañuʼãi: base de datos oñembyai térã ndahaʼéi kiosco mbaʼe ({error}).</translation>
        </message>
        <message>
            <source>Integrity (quick_check): ok</source>
            <translation>Integridad (quick_check): iporã</translation>
        </message>
        <message numerus="yes">
            <source>Problem: the database is damaged (quick_check found %n problem(s)).</source>
            <translation>
                <numerusform>Apañuʼãi: base de datos oñembyai (quick_check ojuhu %n apañuʼãi).</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ni peteĩ</translation>
        </message>
        <message>
            <source>Schema: {revision} (this kiosk: {head})</source>
            <translation>Esquema: {revision} (ko kiosco: {head})</translation>
        </message>
        <message>
            <source>Problem: this file was not made by the kiosk.</source>
            <translation>Apañuʼãi: ko marandurenda ndojapói kiosco.</translation>
        </message>
        <message>
            <source>Problem: a newer version of the kiosk wrote this database: install that version (or newer) to open it.</source>
            <translation>Apañuʼãi: ko base de datos ohai kiosco versión ipyahuvéva: emohenda upe versión (térã ipyahuvéva) reipeʼa hag̃ua.</translation>
        </message>
        <message>
            <source>The kiosk updates this database the next time it opens.</source>
            <translation>Kiosco ombopyahúta ko base de datos ojeipeʼa jey vove.</translation>
        </message>
        <message>
            <source>Disk</source>
            <translation>Disco</translation>
        </message>
        <message>
            <source>Free space unknown: {error}</source>
            <translation>Ndojekuaái mboýpa tenda nandi oĩ: {error}</translation>
        </message>
        <message>
            <source>Free at the home: {size}</source>
            <translation>Tenda nandi kiosco ñongatuhápe: {size}</translation>
        </message>
        <message>
            <source>Problem: less than {size} free: free some space.</source>
            <translation>Apañuʼãi: tenda nandi michĩve {size}-gui: embogue mbaʼe ojeikotevẽʼỹva.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Marandu ñemondo</translation>
        </message>
        <message>
            <source>Not read: the database could not be opened.</source>
            <translation>Noñemoñeʼẽi: ndaikatúi ojeipeʼa base de datos.</translation>
        </message>
        <message>
            <source>Not read: {error}</source>
            <translation>Noñemoñeʼẽi: {error}</translation>
        </message>
        <message>
            <source>yes ({server})</source>
            <translation>heẽ ({server})</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nahániri</translation>
        </message>
        <message>
            <source>Installation: {id}</source>
            <translation>Ñemohenda: {id}</translation>
        </message>
        <message>
            <source>Enrolled: {answer}</source>
            <translation>Ñemboheraguapy: {answer}</translation>
        </message>
        <message>
            <source>Last successful send: {when}</source>
            <translation>Ñemondo paha oikoporãva: {when}</translation>
        </message>
        <message>
            <source>Figures waiting: {count}</source>
            <translation>Marandu ohaʼarõva: {count}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Jejavy paha: {error}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Respaldo-kuéra</translation>
        </message>
        <message>
            <source>Last backup: {when} ({days} days ago), {size}; {count} kept</source>
            <translation>Respaldo paha: {when} ({days} ára ohasa), {size}; oñeñongatu {count}</translation>
        </message>
        <message>
            <source>No backup yet: the kiosk takes one when its window starts.</source>
            <translation>Ndaipóri gueteri respaldo: kiosco ojapo peteĩ oñepyrũvo iventana.</translation>
        </message>
        <message>
            <source>Problem: {notice}</source>
            <translation>Apañuʼãi: {notice}</translation>
        </message>
        <message>
            <source>Lesson packs</source>
            <translation>Mboʼepy paquete-kuéra</translation>
        </message>
        <message>
            <source>Problem: {path} cannot be read: learners see the bundled lessons only.</source>
            <translation>Apañuʼãi: ndaikatúi ojelee {path}: temimboʼekuéra ohecha umi mboʼepy ou vaʼekue kiosco ndive añoite.</translation>
        </message>
        <message>
            <source>None installed: the lessons that came with the kiosk.</source>
            <translation>Mbaʼeve noñemohendái: umi mboʼepy ou vaʼekue kiosco ndive.</translation>
        </message>
        <message>
            <source>{pack} {version} from {publisher}, installed {when}: {modules}</source>
            <translation>{pack} {version} {publisher} mbaʼe, oñemohenda {when}: {modules}</translation>
        </message>
        <message>
            <source>Problems found: {sections}</source>
            <translation>Ojejuhu apañuʼãi koʼápe: {sections}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Ndojejuhúi apañuʼãi.</translation>
        </message>
    </context>
    <context>
        <name>EditLearnerDialog</name>
        <message>
            <source>Edit “{name}”</source>
            <translation>Mbosakoʼi «{name}»</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ñongatu</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol this kiosk</source>
            <translation>Mboheraguapy ko kiosco</translation>
        </message>
        <message>
            <source>Type the collector's address and the one-time code the programme office gave you. If this computer never has internet, the code is kept and travels in the next USB bundle.</source>
            <translation>Ehai servidor kundaharape ha código ojepurúva peteĩjeýnte, programa oficina omeʼẽvaʼekue ndéve. Ko computadora ndoguerekóiramo arakaʼeve internet, código oñeñongatu ha oho paquete USB upeiguávape.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Servidor kundaharape</translation>
        </message>
        <message>
            <source>https://conteos.ejemplo.org.py</source>
            <translation>https://conteos.ejemplo.org.py</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Código peteĩjeýnte guarã</translation>
        </message>
        <message>
            <source>ABCD-EFGH</source>
            <translation>ABCD-EFGH</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Mboheraguapy</translation>
        </message>
        <message>
            <source>Type both the server address and the code.</source>
            <translation>Ehai servidor kundaharape ha código.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The kiosk could not do that. Try again.</source>
            <translation>Kiosco ndaikatúi ojapo upéva. Eñehaʼã jey.</translation>
        </message>
        <message>
            <source>Something on this computer is not right. Please tell the facilitator.</source>
            <translation>Oĩ mbaʼe ndoikoporãiva ko computadora-pe. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk could not save to its disk. Please tell the facilitator.</source>
            <translation>Kiosco ndaikatúi oñongatu idisco-pe. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>A lesson could not be opened. Please tell the facilitator.</source>
            <translation>Ndaikatúi ojeipeʼa peteĩ mboʼepy. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>That cannot be saved. Check what you wrote.</source>
            <translation>Ndaikatúi oñeñongatu. Ehecha jey rehaivaʼekue.</translation>
        </message>
        <message>
            <source>That cannot be done now.</source>
            <translation>Upéva ndaikatúi ojejapo koʼág̃a.</translation>
        </message>
        <message>
            <source>Something went wrong. Please tell the facilitator.</source>
            <translation>Oĩ mbaʼe ndoikoporãiva. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The disk is full: the kiosk cannot save anything. Please tell the facilitator.</source>
            <translation>Disco henyhẽ: kiosco ndaikatúi oñongatu mbaʼeve. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk cannot write to its disk. Please tell the facilitator.</source>
            <translation>Kiosco ndaikatúi ohai idisco-pe. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s data file is damaged. Please tell the facilitator.</source>
            <translation>Kiosco marandurenda oñembyai. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s data file is damaged or missing and there is no backup. The kiosk will not start empty. Please call the coordinator: the learners’ data may still be recovered.</source>
            <translation>Kiosco marandurenda oñembyai térã ndaipóri, ha ndaipóri respaldo. Kiosco noñepyrũmoʼãi nandi. Ehenói omotenondévape: ikatu gueteri ojegueru jey temimboʼe marandu.</translation>
        </message>
        <message>
            <source>The kiosk cannot read its data file (its permissions changed). Please tell the facilitator.</source>
            <translation>Kiosco ndaikatúi omoñeʼẽ imarandurenda (oñemoambue ipermiso). Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s data is busy: is another kiosk window open on this computer?</source>
            <translation>Kiosco marandu ojepurúhína: ¿oĩpa ambue ovetã kiosco-pegua ipeʼapyre ko computadora-pe?</translation>
        </message>
        <message>
            <source>The kiosk’s data file was not made by the kiosk. Please tell the facilitator.</source>
            <translation>Ko marandurenda ndahaʼéi kiosco mbaʼe. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s data was saved by a newer version of the kiosk. Install that version to open it.</source>
            <translation>Kiosco marandu oñeñongatu kiosco versión ipyahuvéva rupive. Emohenda upe versión reipeʼa hag̃ua.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder or a USB stick.</source>
            <translation>Ndaikatúi oñeñongatu marandurenda upépe. Eñehaʼã ambue ñongatuha térã pendrive ndive.</translation>
        </message>
        <message>
            <source>The kiosk cannot read its signing key. Please tell the facilitator.</source>
            <translation>Kiosco ndaikatúi omoñeʼẽ iclave firma-pegua. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s signing key is damaged. Please tell the facilitator.</source>
            <translation>Kiosco clave firma-pegua oñembyai. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk’s signing key cannot be used. Please tell the facilitator.</source>
            <translation>Kiosco clave firma-pegua ndaikatúi ojepuru. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The kiosk cannot save its signing key. Please tell the facilitator.</source>
            <translation>Kiosco ndaikatúi oñongatu iclave firma-pegua. Emombeʼu pytyvõhárape.</translation>
        </message>
        <message>
            <source>The figures could not be saved in that folder. Is the USB stick full or read-only?</source>
            <translation>Ndaikatúi oñeñongatu marandu upe ñongatuhápe. ¿Henyhẽpa pendrive térã ndaikatúi ojehai hese?</translation>
        </message>
        <message>
            <source>Write a first name or a nickname.</source>
            <translation>Ehai peteĩ téra térã apodo.</translation>
        </message>
        <message>
            <source>That name is too long (at most {max} letters). Write only a first name or a nickname.</source>
            <translation>Upe téra ipukueterei ({max} tai peve). Ehai téra añoite térã apodo.</translation>
        </message>
        <message>
            <source>Someone already has this name and this picture. Choose another picture.</source>
            <translation>Oĩma peteĩ tapicha orekóva ko téra ha ko taʼãnga. Eiporavo ambue taʼãnga.</translation>
        </message>
        <message>
            <source>Choose a picture from the list.</source>
            <translation>Eiporavo peteĩ taʼãnga listagui.</translation>
        </message>
        <message>
            <source>Choose one of the options on the list.</source>
            <translation>Eiporavo peteĩ jeporavorã listagui.</translation>
        </message>
        <message>
            <source>Choose 4 different pictures.</source>
            <translation>Eiporavo 4 taʼãnga iñambuéva.</translation>
        </message>
        <message>
            <source>Write only your first name or a nickname, without your surname. If your name has two words, ask someone from the staff to help you.</source>
            <translation>Ehai nde réra añoite térã apodo, nde apellidoʼỹre. Nde réra oguerekóramo mokõi ñeʼẽ, ejerure pytyvõ peteĩ mbaʼapohárape.</translation>
        </message>
        <message>
            <source>Choose another profile: a profile cannot be merged with itself.</source>
            <translation>Eiporavo ambue perfil: peteĩ perfil ndaikatúi oñembojoaju ijupe.</translation>
        </message>
        <message>
            <source>Another active learner is called “{name}” and has the same picture. Change the name or the picture of one of them first.</source>
            <translation>Ambue tapicha oĩva héra «{name}» ha oguereko peteĩchagua taʼãnga. Raẽ emoambue peteĩvape téra térã taʼãnga.</translation>
        </message>
        <message>
            <source>Write the person’s name.</source>
            <translation>Ehai tapicha réra.</translation>
        </message>
        <message>
            <source>That name is too long: at most {max} characters.</source>
            <translation>Upe téra ipukueterei: {max} tai peve.</translation>
        </message>
        <message>
            <source>Someone on the staff already has that name. Add an initial.</source>
            <translation>Oĩma peteĩ mbaʼapohára orekóva upe téra. Embojoapy peteĩ inicial.</translation>
        </message>
        <message>
            <source>Choose teacher or coordinator.</source>
            <translation>Eiporavo mboʼehára térã omotenondéva.</translation>
        </message>
        <message>
            <source>The first person on the staff must be a coordinator.</source>
            <translation>Mbaʼapohára peteĩha haʼevaʼerã omotenondéva.</translation>
        </message>
        <message>
            <source>You cannot archive your own account: ask another coordinator.</source>
            <translation>Ndaikatúi reñongatu archivo-pe nde cuenta ae: ejerure ambue omotenondévape.</translation>
        </message>
        <message>
            <source>Someone else has just set this kiosk up. Sign in with your PIN.</source>
            <translation>Ambue tapicha omboheko ramoite ko kiosco. Eike nde PIN reheve.</translation>
        </message>
        <message>
            <source>Type a PIN or a password.</source>
            <translation>Ehai peteĩ PIN térã contraseña.</translation>
        </message>
        <message>
            <source>A PIN needs {min} to {max} numbers.</source>
            <translation>PIN oguerekovaʼerã {min} guive {max} peve papapy.</translation>
        </message>
        <message>
            <source>A password needs at least {min} characters (or use a PIN of {pin_min} to {pin_max} numbers).</source>
            <translation>Contraseña oikotevẽ {min} tai michĩvéramo (térã eipuru peteĩ PIN {pin_min} guive {pin_max} peve papapy reheve).</translation>
        </message>
        <message>
            <source>That is too long: at most {max} characters.</source>
            <translation>Ipukueterei: {max} tai peve.</translation>
        </message>
        <message>
            <source>This kiosk has no coordinator yet: open it and set it up.</source>
            <translation>Ko kiosco ndorekói gueteri omotenondéva: eipeʼa ha emboheko.</translation>
        </message>
        <message>
            <source>This kiosk has no coordinator called {name}.</source>
            <translation>Ko kiosco-pe ndaipóri omotenondéva héra {name}.</translation>
        </message>
        <message>
            <source>This kiosk has several coordinators: say which one ({names}).</source>
            <translation>Ko kiosco oguereko heta omotenondéva: ere mávapa ({names}).</translation>
        </message>
        <message>
            <source>The telecenter’s name is too long: at most {max} characters.</source>
            <translation>Telecentro réra ipukueterei: {max} tai peve.</translation>
        </message>
        <message>
            <source>The telecenter’s code is too long: at most {max} characters.</source>
            <translation>Telecentro código ipukueterei: {max} tai peve.</translation>
        </message>
        <message>
            <source>The minutes before an idle sign-out must be a whole number from {min} to {max}.</source>
            <translation>Aravoʼi ojepuruʼỹre sesión oñemboty mboyve haʼevaʼerã papapy oĩmbáva, {min} guive {max} peve.</translation>
        </message>
        <message>
            <source>The minutes before an idle sign-out must be from {min} to {max}.</source>
            <translation>Aravoʼi ojepuruʼỹre sesión oñemboty mboyve oĩvaʼerã {min} ha {max} mbytépe.</translation>
        </message>
        <message>
            <source>Choose a language from the list.</source>
            <translation>Eiporavo peteĩ ñeʼẽ listagui.</translation>
        </message>
        <message>
            <source>The kiosk does not know these goals: {goals}.</source>
            <translation>Kiosco ndoikuaái koʼã jehupytyrã: {goals}.</translation>
        </message>
        <message>
            <source>Each goal is a whole number, from 0 to a million.</source>
            <translation>Peteĩteĩ jehupytyrã haʼe papapy oĩmbáva, 0 guive peteĩ millón peve.</translation>
        </message>
        <message>
            <source>Write a name for the class.</source>
            <translation>Ehai peteĩ téra clase-pe guarã.</translation>
        </message>
        <message>
            <source>A class name can have at most {max} characters.</source>
            <translation>Clase réra ikatu oguereko {max} tai peve.</translation>
        </message>
        <message>
            <source>There is already a class with that name. Choose another name.</source>
            <translation>Oĩma peteĩ clase upe téra reheve. Eiporavo ambue téra.</translation>
        </message>
        <message>
            <source>Another class already has this name: rename one of them first.</source>
            <translation>Ambue clase oguerekóma ko téra: raẽ emoambue peteĩva réra.</translation>
        </message>
        <message>
            <source>Nothing was imported: some rows have problems. Correct them and import the file again.</source>
            <translation>Ndojegueruiri mbaʼeve: oĩ tysýi oguerekóva apañuʼãi. Emyatyrõ ha egueru jey marandurenda.</translation>
        </message>
        <message>
            <source>Choose at least one module.</source>
            <translation>Eiporavo peteĩ módulo michĩvéramo.</translation>
        </message>
        <message>
            <source>Choose a class or some learners.</source>
            <translation>Eiporavo peteĩ clase térã mbovymi temimboʼe.</translation>
        </message>
        <message>
            <source>Choose at least one learner, or choose the whole class.</source>
            <translation>Eiporavo peteĩ temimboʼe michĩvéramo, térã eiporavo opavave clase-pegua.</translation>
        </message>
        <message>
            <source>That date has already passed: choose today or a later day.</source>
            <translation>Upe ára ohasáma: eiporavo ko ára térã peteĩ ára oúva.</translation>
        </message>
        <message>
            <source>This class is archived: it cannot get new modules.</source>
            <translation>Ko clase oĩ archivo-pe: ndaikatúi ohupyty módulo pyahu.</translation>
        </message>
        <message>
            <source>Some of the chosen learners are no longer in this class. Refresh and try again.</source>
            <translation>Oĩ temimboʼe ojeporavovaʼekue ndoĩvéima ko clase-pe. Embopyahu ha eñehaʼã jey.</translation>
        </message>
        <message>
            <source>Write the name of the workshop first.</source>
            <translation>Raẽ ehai taller réra.</translation>
        </message>
        <message>
            <source>The name of the workshop is too long: at most {max} characters.</source>
            <translation>Taller réra ipukueterei: {max} tai peve.</translation>
        </message>
        <message>
            <source>The date of the workshop is not valid.</source>
            <translation>Taller ára ndoikói.</translation>
        </message>
        <message>
            <source>The number of people without an account must be from 0 to {max}.</source>
            <translation>Tapicha ndorekóiva cuenta papapy oĩvaʼerã 0 ha {max} mbytépe.</translation>
        </message>
        <message>
            <source>Someone on the list is no longer on this kiosk. Refresh and try again.</source>
            <translation>Peteĩ tapicha listapegua ndoĩvéima ko kiosco-pe. Embopyahu ha eñehaʼã jey.</translation>
        </message>
        <message>
            <source>The first day ({start}) is after the last day ({end}).</source>
            <translation>Ára peteĩha ({start}) oĩ ára paha ({end}) rire.</translation>
        </message>
        <message>
            <source>No connection to the server</source>
            <translation>Ndaipóri joaju servidor ndive</translation>
        </message>
        <message>
            <source>The server no longer recognises this kiosk: enrol it again</source>
            <translation>Servidor ndohechakuaavéima ko kiosco: oñemboheraguapy jey vaʼerã</translation>
        </message>
        <message>
            <source>The server is busy or in maintenance; it will be tried again later</source>
            <translation>Servidor ojepurúhína térã oñemyatyrõhína; oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The batch was too large for the server; it is sent in smaller parts</source>
            <translation>Ñemondo tuichaiterei servidor-pe guarã; oñemondo pehẽ michĩvévape</translation>
        </message>
        <message>
            <source>The server had a problem (code {status}); it will be tried again later</source>
            <translation>Servidor oguereko peteĩ apañuʼãi (código {status}); oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The server did not understand the data (a program error); it will be tried again later</source>
            <translation>Servidor noikũmbýi ñemondo (programa jejavy); oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The server's answer could not be understood (a proxy or a login portal?)</source>
            <translation>Ndojekũmbýi servidor mbohovái (¿peteĩ proxy térã portal jeikeha?)</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a server yet</source>
            <translation>Ko kiosco noñemboheraguapýi gueteri peteĩ servidor-pe</translation>
        </message>
        <message>
            <source>The server refused the code: another kiosk used it already</source>
            <translation>Servidor ombotove código: ambue kiosco oipurúma</translation>
        </message>
        <message>
            <source>The server refused the code (unknown or expired: ask for a new one)</source>
            <translation>Servidor ombotove código (ndaipóri térã ohasáma iára: ejerure ipyahúva)</translation>
        </message>
        <message>
            <source>The server has withdrawn this kiosk: ask the programme office for a new code</source>
            <translation>Servidor oipeʼa ko kiosco: ejerure peteĩ código pyahu programa oficina-pe</translation>
        </message>
        <message>
            <source>The server already has this kiosk enrolled with another key or at another telecenter: ask the programme office</source>
            <translation>Servidor oguerekóma ko kiosco oñemboheraguapýva ambue clave reheve térã ambue telecentro-pe: eporandu programa oficina-pe</translation>
        </message>
        <message>
            <source>The server had newer figures of this kiosk: it was restored from an older copy. From now on it counts as a new kiosk; nothing is counted twice</source>
            <translation>Servidor oguereko marandu ipyahuvéva ko kiosco rehegua: ojegueru jey peteĩ copia itujavévagui. Koʼág̃a guive ojeipapa kiosco pyahúramo; mbaʼeve ndojeipapái mokõi jey</translation>
        </message>
        <message>
            <source>That is not a server address (for example https://conteos.ejemplo.org.py).</source>
            <translation>Upéva ndahaʼéi servidor kundaharape (techapyrã https://conteos.ejemplo.org.py).</translation>
        </message>
        <message>
            <source>That folder does not exist. Choose the USB stick again.</source>
            <translation>Upe ñongatuha ndaipóri. Eiporavo jey pendrive.</translation>
        </message>
        <message>
            <source>That file is not a readable bundle of figures.</source>
            <translation>Upe marandurenda ndahaʼéi marandu paquete ikatúva ojemoñeʼẽ.</translation>
        </message>
        <message>
            <source>The bundle has files that do not belong in it.</source>
            <translation>Paquete oguereko marandurenda ndojapytepéiva ipype.</translation>
        </message>
        <message>
            <source>The bundle’s list of contents is damaged.</source>
            <translation>Paquete ryepýpe oĩva lista oñembyai.</translation>
        </message>
        <message>
            <source>That file is not a bundle of telecenter figures.</source>
            <translation>Upe marandurenda ndahaʼéi telecentro marandu paquete.</translation>
        </message>
        <message>
            <source>The bundle’s signature is not valid: it was changed.</source>
            <translation>Paquete firma ndoikói: oñemoambue.</translation>
        </message>
        <message>
            <source>The bundle’s figures do not match its list of contents: they were changed.</source>
            <translation>Paquete marandu ndojojái ilista ndive: oñemoambue.</translation>
        </message>
        <message>
            <source>The bundle’s number of figures does not match its list of contents.</source>
            <translation>Paquete marandu papapy ndojojái ilista ndive.</translation>
        </message>
        <message>
            <source>Ask your teacher to confirm it is you before you choose your pictures.</source>
            <translation>Ejerure nde mboʼehárape ohechakuaa hag̃ua haʼeha nde, reiporavo mboyve nde taʼãnga.</translation>
        </message>
        <message>
            <source>A coordinator’s PIN needs {min} to {max} numbers (or use a password of {password_min} or more characters).</source>
            <translation>Omotenondéva PIN oguerekovaʼerã {min} guive {max} peve papapy (térã eipuru contraseña {password_min} tai térã hetave reheve).</translation>
        </message>
        <message>
            <source>I could not save your answer: this computer’s disk is full. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái: ko computadora disco henyhẽ. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>I could not save your answer: this computer does not let the kiosk write. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái: ko computadora nohejái kiosco ohai. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>I could not save your answer: the kiosk’s file is damaged. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái: kiosco marandurenda oñembyai. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>I could not save your answer yet: the kiosk is busy. Wait a moment and answer again.</source>
            <translation>Ndaikatúi gueteri añongatu nde mbohovái: kiosco ojepurúhína. Ehaʼarõ sapyʼami ha embohovái jey.</translation>
        </message>
        <message>
            <source>I could not save your answer: this kiosk is older than its data. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái: ko kiosco itujave imarandúgui. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>I could not save your answer: the kiosk’s data file is not its own. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái: marandurenda ndahaʼéi ko kiosco mbaʼe. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>I could not save your answer. Tell the person who is helping you.</source>
            <translation>Ndaikatúi añongatu nde mbohovái. Emombeʼu pe tapicha nepytyvõvape.</translation>
        </message>
        <message>
            <source>Nothing was marked. You can answer again, or go home.</source>
            <translation>Mbaʼeve noñemarkái. Ikatu rembohovái jey, térã rejevy ñepyrũhápe.</translation>
        </message>
        <message>
            <source>Saving your answer…</source>
            <translation>Oñeñongatuhína nde mbohovái…</translation>
        </message>
    </context>
    <context>
        <name>ExitDialog</name>
        <message>
            <source>Close Telecentro</source>
            <translation>Mboty Telecentro</translation>
        </message>
        <message>
            <source>Only staff can close the kiosk.</source>
            <translation>Mbaʼapohára añoite ikatu omboty kiosco.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
    </context>
    <context>
        <name>ExportsPage</name>
        <message>
            <source>From</source>
            <translation>Guive</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Ára peteĩha</translation>
        </message>
        <message>
            <source>to</source>
            <translation>peve</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Ára paha</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Whole site</source>
            <translation>Telecentro entéro</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Marandurenda formato</translation>
        </message>
        <message>
            <source>CSV (spreadsheet text)</source>
            <translation>CSV (jehaipyre planilla-pe guarã)</translation>
        </message>
        <message>
            <source>Excel (XLSX)</source>
            <translation>Excel (XLSX)</translation>
        </message>
        <message>
            <source>PDF monthly sheet to print</source>
            <translation>Planilla jasyregua PDF-pe, ojembokuatia hag̃ua</translation>
        </message>
        <message>
            <source>CSV separator</source>
            <translation>CSV mbojaʼoha</translation>
        </message>
        <message>
            <source>Separator ; (Excel in Spanish)</source>
            <translation>Mbojaʼoha ; (Excel karaiñeʼẽme)</translation>
        </message>
        <message>
            <source>Separator ,</source>
            <translation>Mbojaʼoha ,</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Mbosẽ…</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Ñembosẽ jeguata</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
        <message>
            <source>Attendance rows</source>
            <translation>Jeju tysýi</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Jeju</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Jehupytyrã</translation>
        </message>
        <message>
            <source>Goal: {group}</source>
            <translation>Jehupytyrã: {group}</translation>
        </message>
        <message>
            <source>Save goals</source>
            <translation>Ñongatu jehupytyrã</translation>
        </message>
        <message>
            <source>Reach and goals</source>
            <translation>Ojehupytýva ha jehupytyrã</translation>
        </message>
        <message>
            <source>Children 8 to 11</source>
            <translation>Mitã 8 guive 11 peve</translation>
        </message>
        <message>
            <source>Teens 12 to 17</source>
            <translation>Mitãrusu 12 guive 17 peve</translation>
        </message>
        <message>
            <source>Adult learners</source>
            <translation>Temimboʼe tuicháva</translation>
        </message>
        <message>
            <source>Parents or caregivers</source>
            <translation>Sy, túva térã oñangarekóva</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Mitã</translation>
        </message>
        <message>
            <source>Teens</source>
            <translation>Mitãrusu</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Ogaygua</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>Ára peteĩha oĩ ára paha rire.</translation>
        </message>
        <message>
            <source>No attendance in these days.</source>
            <translation>Ndaipóri jeju koʼã árape.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n row(s); the file has all of them.</source>
            <translation>
                <numerusform>Ojehechauka {shown} tysýi ñepyrũrãgua %n apytégui; marandurenda oguereko opavave.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s), the same as in the file.</source>
            <translation>
                <numerusform>%n tysýi, marandurendápe oĩháicha.</numerusform>
            </translation>
        </message>
        <message>
            <source>Whole site, {start} – {end}</source>
            <translation>Telecentro entéro, {start} guive {end} peve</translation>
        </message>
        <message>
            <source>Each goal is a whole number, from 0 to a million.</source>
            <translation>Peteĩteĩ jehupytyrã haʼe papapy oĩmbáva, 0 guive peteĩ millón peve.</translation>
        </message>
        <message>
            <source>Goals saved.</source>
            <translation>Jehupytyrã oñeñongatu.</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>jeju</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV marandurenda (*.csv)</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Excel marandurenda (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF marandurenda (*.pdf)</translation>
        </message>
        <message>
            <source>Save the attendance as</source>
            <translation>Ñongatu jeju kóicha</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Oñembosakoʼihína…</translation>
        </message>
        <message>
            <source>Saved: 1 page in {file}</source>
            <translation>Oĩma: 1 kuatiarogue {file}-pe</translation>
        </message>
        <message>
            <source>Saved: {count} pages in {file}</source>
            <translation>Oĩma: {count} kuatiarogue {file}-pe</translation>
        </message>
        <message>
            <source>Saved: 1 row in {file}</source>
            <translation>Oĩma: 1 tysýi {file}-pe</translation>
        </message>
        <message>
            <source>Saved: {count} rows in {file}</source>
            <translation>Oĩma: {count} tysýi {file}-pe</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Ñembosẽ oñeheja: noñeñongatúi mbaʼeve marandurenda.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Try another folder or a USB stick.</source>
            <translation>Ndaikatúi oñeñongatu marandurenda upépe. Eñehaʼã ambue ñongatuha térã pendrive ndive.</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n row(s)</source>
            <translation>
                <numerusform>{done} %n tysýi apytégui</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {done} of {total}</source>
            <translation>Kuatiarogue {done} {total}-gui</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Oñembosakoʼihína kuatiarogue…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>Welcome! Let’s set up this kiosk.</source>
            <translation>¡Eguahẽporã! Ñambosakoʼi ko kiosco.</translation>
        </message>
        <message>
            <source>You will be its coordinator: the person who adds teachers, changes the settings and can close the kiosk.</source>
            <translation>Nde remotenondéta ko kiosco: nde haʼe tapicha ombojoapýva mboʼehára, omoambuéva ñemboheko ha ikatúva omboty kiosco.</translation>
        </message>
        <message>
            <source>For example: San Lorenzo</source>
            <translation>Techapyrã: San Lorenzo</translation>
        </message>
        <message>
            <source>Name of the telecenter</source>
            <translation>Telecentro réra</translation>
        </message>
        <message>
            <source>As the learners call you</source>
            <translation>Nde temimboʼekuéra nerenoiháicha</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Nde réra</translation>
        </message>
        <message>
            <source>Your PIN or password</source>
            <translation>Nde PIN térã contraseña</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Upe PIN jey</translation>
        </message>
        <message>
            <source>Language when the kiosk starts</source>
            <translation>Ñeʼẽ kiosco ojeipeʼa jave</translation>
        </message>
        <message>
            <source>Given by the programme (you can add it later)</source>
            <translation>Programa omeʼẽ ndéve (ikatu rembojoapy upe rire)</translation>
        </message>
        <message>
            <source>Telecenter code</source>
            <translation>Telecentro código</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Idle minutes before a sign-out</source>
            <translation>Aravoʼi ojepuruʼỹre sesión oñemboty mboyve</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ñeʼẽ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Ñepyrũ</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Ehai nde réra.</translation>
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
            <translation>Código jeguerujeyrã</translation>
        </message>
        <message>
            <source>Your new PIN or password</source>
            <translation>Nde PIN térã contraseña pyahu</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Upe PIN jey</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Ñongatu PIN pyahu</translation>
        </message>
        <message>
            <source>Forgot your PIN, {name}?</source>
            <translation>¿Resaraipa nde PIN rehe, {name}?</translation>
        </message>
        <message>
            <source>Type the recovery code you wrote down when the kiosk was set up (or the last one it gave you), then choose a new PIN. It works even while your PIN is locked.</source>
            <translation>Ehai código jeguerujeyrã rehaivaʼekue kiosco oñemohenda jave (térã ipahaitéva omeʼẽvaʼekue ndéve), ha eiporavo PIN pyahu. Oiko nde PIN ojejokóramo jepe.</translation>
        </message>
        <message>
            <source>Ask a coordinator to set you a new PIN (or lift a lock) from the staff page.</source>
            <translation>Ejerure peteĩ omotenondévape omoĩ hag̃ua ndéve PIN pyahu (térã oipeʼa hag̃ua jejoko) mbaʼapohára kuatiarogue guive.</translation>
        </message>
        <message numerus="yes">
            <source>That recovery code is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>Upe código jeguerujeyrã ndahaʼéi iporãva. Opyta ndéve %n ñehaʼã.</numerusform>
            </translation>
        </message>
        <message>
            <source>That account cannot use a recovery code. Ask a coordinator.</source>
            <translation>Upe cuenta ndaikatúi oipuru código jeguerujeyrã. Ejerure pytyvõ peteĩ omotenondévape.</translation>
        </message>
    </context>
    <context>
        <name>GalleryScreen</name>
        <message>
            <source>My gallery</source>
            <translation>Che taʼanga renda</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>Your gallery is empty for now. In a coding lesson, when your program draws something, press “Save to my gallery”.</source>
            <translation>Nde taʼanga renda nandi gueteri. Peteĩ mboʼepy programación-pe, nde programa ohaʼangávo mbaʼe, ejopy «Ñongatu che taʼanga rendápe».</translation>
        </message>
        <message>
            <source>Save as picture (PNG)</source>
            <translation>Ñongatu taʼangaicha (PNG)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Mbogue</translation>
        </message>
        <message>
            <source>Back to my gallery</source>
            <translation>Jevy che taʼanga rendápe</translation>
        </message>
        <message>
            <source>{count} of {most} drawings. Tap one to see it big.</source>
            <translation>{count} {most} taʼanga apytégui. Ejopy peteĩ rehecha hag̃ua tuichápe.</translation>
        </message>
        <message>
            <source>Saved on {when}</source>
            <translation>Oñeñongatu {when}</translation>
        </message>
        <message>
            <source>Delete “{title}” from your gallery? It cannot come back.</source>
            <translation>¿Embogue «{title}» nde taʼanga rendágui? Ndaikatumoʼãi ojevy.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Ani, toĩ</translation>
        </message>
        <message>
            <source>Save the drawing as a picture</source>
            <translation>Ñongatu taʼanga taʼangaicha</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Taʼanga PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved as {file} in {folder}.</source>
            <translation>Oñeñongatu {file} ramo {folder}-pe.</translation>
        </message>
        <message>
            <source>The picture could not be saved there. Is the USB stick plugged in and not full?</source>
            <translation>Ndaikatúi oñeñongatu taʼanga upépe. ¿Pendrive oñemoingépa ha oĩpa hendaguã?</translation>
        </message>
    </context>
    <context>
        <name>GridModel</name>
        <message>
            <source>done</source>
            <translation>opáma</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>ojejapohína</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>ndoñepyrũi gueteri</translation>
        </message>
        <message>
            <source>{symbol} stuck</source>
            <translation>{symbol} ojejoko</translation>
        </message>
        <message>
            <source>{symbol} {score} %</source>
            <translation>{symbol} {score} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: done (a sensitive lesson: its score is not shown)</source>
            <translation>{name} — “{lesson}”: opáma (mboʼepy ojeñangarekovaʼerã: ipuntaje ndojehechaukái)</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: done, best score {score} %</source>
            <translation>{name} — «{lesson}»: opáma, puntaje iporãvéva {score} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: in progress, {percent} % seen</source>
            <translation>{name} — «{lesson}»: ojejapohína, ohecha {percent} %</translation>
        </message>
        <message>
            <source>{name} — “{lesson}”: not started</source>
            <translation>{name} — «{lesson}»: ndoñepyrũi gueteri</translation>
        </message>
        <message>
            <source>Stuck on “{challenge}” ({runs} tries)</source>
            <translation>Ojejoko “{challenge}”-pe ({runs} ñehaʼã)</translation>
        </message>
        <message>
            <source>Click or press Enter to see their last program.</source>
            <translation>Ejopy térã ejopy Enter rehecha hag̃ua iprograma paha.</translation>
        </message>
        <message>
            <source>{name}: open their page</source>
            <translation>{name}: eipeʼa ikuatiarogue</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} {total}-gui</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Temimboʼe</translation>
        </message>
        <message>
            <source>Lessons done</source>
            <translation>Mboʼepy opáva</translation>
        </message>
    </context>
    <context>
        <name>GridView</name>
        <message>
            <source>✓ done (best score)</source>
            <translation>✓ opáma (puntaje iporãvéva)</translation>
        </message>
        <message>
            <source>◐ in progress</source>
            <translation>◐ ojejapohína</translation>
        </message>
        <message>
            <source>– not started</source>
            <translation>– ndoñepyrũi gueteri</translation>
        </message>
        <message>
            <source>{symbol} stuck</source>
            <translation>{symbol} ojejoko</translation>
        </message>
        <message>
            <source>Click a name to see the learner, or a cell to see the answers.</source>
            <translation>Ejopy peteĩ téra rehecha hag̃ua temimboʼépe, térã peteĩ kora rehecha hag̃ua imbohovái.</translation>
        </message>
    </context>
    <context>
        <name>HelpCard</name>
        <message>
            <source>Need help?</source>
            <translation>¿Reikotevẽpa pytyvõ?</translation>
        </message>
        <message>
            <source>Talk to the facilitator of the telecenter.</source>
            <translation>Eñemongeta telecentro pytyvõhára ndive.</translation>
        </message>
    </context>
    <context>
        <name>HelpList</name>
        <message>
            <source>Need help?</source>
            <translation>¿Reikotevẽpa pytyvõ?</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>My gallery</source>
            <translation>Che taʼanga renda</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Esẽ</translation>
        </message>
        <message>
            <source>Chosen for you</source>
            <translation>Ojeporavo ndéve guarã</translation>
        </message>
        <message>
            <source>For today</source>
            <translation>Ko árape guarã</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <source>It was for {date}: you can still do it</source>
            <translation>Haʼékuri {date}-pe guarã: ikatu gueteri rejapo</translation>
        </message>
        <message>
            <source>For {date}</source>
            <translation>{date}-pe guarã</translation>
        </message>
        <message>
            <source>Hello, {name}!</source>
            <translation>¡Mbaʼéichapa, {name}!</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>Ndéve guarã</translation>
        </message>
        <message>
            <source>Continue where I left off</source>
            <translation>Akuʼejey apytahaguégui</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — kuatiarogue {page} {pages}-gui</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Kuʼejey</translation>
        </message>
        <message>
            <source>More modules</source>
            <translation>Módulo hetave</translation>
        </message>
        <message>
            <source>Your modules</source>
            <translation>Nde módulo-kuéra</translation>
        </message>
        <message>
            <source>There are no lessons for you yet. Ask the facilitator.</source>
            <translation>Ndaipóri gueteri mboʼepy ndéve guarã. Eporandu pytyvõhárape.</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>¿Reimépa gueteri upépe?</translation>
        </message>
        <message>
            <source>I’m still here</source>
            <translation>Aime gueteri koʼápe</translation>
        </message>
        <message numerus="yes">
            <source>Your session will close in %n second(s) so that nobody else uses it.</source>
            <translation>
                <numerusform>Nde sesión oñembotýta %n aravoʼiʼi rire, ani hag̃ua ambue tapicha oipuru.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import learners from “{file}”</source>
            <translation>Gueru temimboʼe «{file}»-gui</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Tysýi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ary</translation>
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
            <translation>Taʼãnga</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Apañuʼãi</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Poravo ambue marandurenda…</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Ko marandurenda ndaikatúi ojegueru.</translation>
        </message>
        <message>
            <source>The file has no rows with learners.</source>
            <translation>Marandurenda ndorekói ni peteĩ tysýi temimboʼe reheve.</translation>
        </message>
        <message numerus="yes">
            <source>{bad} of %n row(s) have a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</source>
            <translation>
                <numerusform>{bad} %n tysýi apytégui oguereko apañuʼãi (ojehechaukáva). Peteĩ tysýi oguerekóvo apañuʼãi ndojegueruimoʼãi mbaʼeve: emyatyrõ marandurenda ha eiporavo jey, térã egueru tysýi iporãva añoite.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) are ready to import.</source>
            <translation>
                <numerusform>%n tapicha oĩma ojegueru hag̃ua.</numerusform>
            </translation>
        </message>
        <message>
            <source>New classes: {names}</source>
            <translation>Clase pyahu: {names}</translation>
        </message>
        <message>
            <source>Rows with no class go into “{name}”.</source>
            <translation>Tysýi ndorekóiva clase oho «{name}»-pe.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n learner(s)</source>
            <translation>
                <numerusform>Gueru %n tapicha</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Gueru %n tysýi iporãva añoite</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>Up</source>
            <translation>Mbojupi</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Mboguejy</translation>
        </message>
        <message>
            <source>Move “{item}” up</source>
            <translation>Mbojupi «{item}»</translation>
        </message>
        <message>
            <source>Move “{item}” down</source>
            <translation>Mboguejy «{item}»</translation>
        </message>
    </context>
    <context>
        <name>KioskLock</name>
        <message>
            <source>The PIN could not be checked. Try again.</source>
            <translation>Ndaikatúi ojehecha jey PIN. Eñehaʼã jey.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>{language} (in review)</source>
            <translation>{language} (oñehesaʼỹijo vaʼerã)</translation>
        </message>
        <message>
            <source>Translation in review</source>
            <translation>Ñeʼẽ ñembohasa oñehesaʼỹijo vaʼerã</translation>
        </message>
    </context>
    <context>
        <name>LearnerActions</name>
        <message>
            <source>Edit…</source>
            <translation>Mbosakoʼi…</translation>
        </message>
        <message>
            <source>Name, picture, age and role of the chosen learner</source>
            <translation>Tapicha ojeporavóva réra, taʼãnga, ary ha rol</translation>
        </message>
        <message>
            <source>Merge with…</source>
            <translation>Mbojoaju…</translation>
        </message>
        <message>
            <source>The same child has two profiles: join them into this one</source>
            <translation>Peteĩ tapicha oguereko mokõi perfil: embojoaju kóvape</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Ñongatu archivo-pe</translation>
        </message>
        <message>
            <source>Hide from the sign-in screen; progress and figures are kept</source>
            <translation>Oñenohẽ pantalla jeikehágui; ojapovaʼekue ha papapy oñeñongatu</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Mbogue…</translation>
        </message>
        <message>
            <source>Lift the pause</source>
            <translation>Nohẽ jepytuʼu</translation>
        </message>
        <message>
            <source>Too many wrong picture tries: let the learner try again now</source>
            <translation>Hetaiterei ñehaʼã vai taʼãnga reheve: toñehaʼã jey koʼág̃a</translation>
        </message>
        <message>
            <source>Archived learners…</source>
            <translation>Temimboʼe oĩva archivo-pe…</translation>
        </message>
        <message>
            <source>Saved: {name}.</source>
            <translation>Oñeñongatu: {name}.</translation>
        </message>
        <message>
            <source>Done: {name} can try their pictures again now.</source>
            <translation>Oĩma: {name} ikatúma oñehaʼã jey itaʼãnga reheve.</translation>
        </message>
        <message>
            <source>{name} is archived: hidden from the sign-in screen, progress kept. “Archived learners…” brings them back.</source>
            <translation>{name} oñeñongatu archivo-pe: ndojehechái pantalla jeikeháme, ojapovaʼekue oñeñongatu. «Temimboʼe oĩva archivo-pe…» ogueru jey chupe.</translation>
        </message>
        <message>
            <source>Archived learners</source>
            <translation>Temimboʼe oĩva archivo-pe</translation>
        </message>
        <message>
            <source>They do not appear on the sign-in screen. Their progress is kept. Choose one to bring back.</source>
            <translation>Ndojehechái pantalla jeikeháme. Ojapovaʼekue oñeñongatu. Eiporavo mávapa regueru jeýta.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gueru jey</translation>
        </message>
        <message>
            <source>{name} is back on the sign-in screen.</source>
            <translation>{name} oĩ jeýma pantalla jeikeháme.</translation>
        </message>
        <message>
            <source>Merge with “{name}”</source>
            <translation>Mbojoaju «{name}» ndive</translation>
        </message>
        <message>
            <source>Choose the other profile of the same child. Everything it did moves to “{name}”, and the other profile is removed.</source>
            <translation>Eiporavo upe tapicha ambue perfil. Opa ojapovaʼekue ohasa «{name}»-pe, ha ambue perfil oñenohẽ.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>Kuʼejey…</translation>
        </message>
        <message>
            <source>Merge “{other}” into “{name}”?</source>
            <translation>¿Mbojoaju «{other}» «{name}» ndive?</translation>
        </message>
        <message>
            <source>Everything “{other}” did ({what}) moves to “{name}”, with its classes and workshops. The profile “{other}” is removed. This cannot be undone.</source>
            <translation>Opa ojapovaʼekue «{other}» ({what}) ohasa «{name}»-pe, iclase ha italler reheve. Perfil «{other}» oñenohẽ. Ndaikatuvéima oñembojevy.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Mbojoaju</translation>
        </message>
        <message>
            <source>“{other}” was merged into “{name}”.</source>
            <translation>«{other}» oñembojoaju «{name}» ndive.</translation>
        </message>
        <message>
            <source>Delete “{name}” for good?</source>
            <translation>¿Mbogue «{name}» tapiaite guarã?</translation>
        </message>
        <message>
            <source>Everything “{name}” did on this kiosk is lost: {what}. This cannot be undone. To only hide them from the sign-in screen, archive them instead.</source>
            <translation>Opa ojapovaʼekue «{name}» ko kiosco-pe okañy: {what}. Ndaikatuvéima oñembojevy. Renohẽ hag̃ua chupe pantalla jeikehágui añoite, eñongatu archivo-pe.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Mbogue</translation>
        </message>
        <message>
            <source>“{name}” was deleted.</source>
            <translation>«{name}» oñembogue.</translation>
        </message>
        <message numerus="yes">
            <source>%n lesson visit(s)</source>
            <translation>
                <numerusform>%n jeho mboʼepy-pe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n mbohovái</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message>
            <source>Back to the class</source>
            <translation>Jevy clase-pe</translation>
        </message>
        <message>
            <source>Certificates:</source>
            <translation>Certificado-kuéra:</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Mboʼepy-kuéra</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Mboʼepy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Mbaʼéichapa oĩ</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Aravo</translation>
        </message>
        <message>
            <source>Show all answers</source>
            <translation>Hecha opa mbohovái</translation>
        </message>
        <message>
            <source>See the last program</source>
            <translation>Hecha programa paha</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Arakaʼe</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Porandu</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Mbohovái</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Oséva</translation>
        </message>
        <message numerus="yes">
            <source>Time in lessons: {time} · %n visit(s) · last visit: {date}</source>
            <translation>
                <numerusform>Aravo mboʼepýpe: {time} · %n jeho · jeho paha: {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>No lesson opened yet.</source>
            <translation>Noipeʼái gueteri mboʼepy.</translation>
        </message>
        <message>
            <source>Last visit: {date}</source>
            <translation>Jeho paha: {date}</translation>
        </message>
        <message>
            <source>d/M/yyyy HH:mm</source>
            <translation>d/M/yyyy HH:mm</translation>
        </message>
        <message>
            <source>✓ done · {score} %</source>
            <translation>✓ opáma · {score} %</translation>
        </message>
        <message>
            <source>◐ {percent} % seen</source>
            <translation>◐ ohecha {percent} %</translation>
        </message>
        <message>
            <source>– not started</source>
            <translation>– ndoñepyrũi gueteri</translation>
        </message>
        <message>
            <source>none yet: they come with each module completed.</source>
            <translation>ni peteĩ gueteri: oúta peteĩteĩ módulo oñemohuʼãvo.</translation>
        </message>
        <message>
            <source>Print the certificate for “{module}” (completed on {date})</source>
            <translation>Mbokuatia «{module}» certificado (oñemohuʼã {date}-pe)</translation>
        </message>
        <message>
            <source>d/M/yyyy</source>
            <translation>d/M/yyyy</translation>
        </message>
        <message>
            <source>Answers in “{lesson}”</source>
            <translation>Mbohovái «{lesson}»-pe</translation>
        </message>
        <message>
            <source>All answers, newest first</source>
            <translation>Opa mbohovái, ipyahuvéva raẽ</translation>
        </message>
        <message>
            <source>d/M HH:mm</source>
            <translation>d/M HH:mm</translation>
        </message>
        <message>
            <source>Reflection: only counted for the class</source>
            <translation>Jepyʼamongeta: ojepapa clase-pe guarã añoite</translation>
        </message>
        <message>
            <source>not graded</source>
            <translation>ndorekói nota</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ oĩ porã</translation>
        </message>
        <message>
            <source>✗ not yet</source>
            <translation>✗ neʼĩra</translation>
        </message>
        <message>
            <source>no answers yet</source>
            <translation>ndaipóri gueteri mbohovái</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Home</source>
            <translation>Ñepyrũha</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Moñeʼẽ hatãme</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Upeigua</translation>
        </message>
        <message>
            <source>The question is further down ↓</source>
            <translation>Porandu oĩ iguyvegotyo ↓</translation>
        </message>
        <message>
            <source>This lesson is shown in Spanish: the {language} version is being updated.</source>
            <translation>Ko mboʼepy ojehechauka karaiñeʼẽme: {language} versión oñembopyahuhína.</translation>
        </message>
        <message>
            <source>This lesson is shown in Spanish until its {language} translation is reviewed.</source>
            <translation>Ko mboʼepy ojehechauka karaiñeʼẽme ojehecha jey peve {language} ñembohasa.</translation>
        </message>
        <message>
            <source>The {language} version is being updated.</source>
            <translation>{language} versión oñembopyahuhína.</translation>
        </message>
        <message>
            <source>Translation under review.</source>
            <translation>Ñembohasa ojehecha jeyhína.</translation>
        </message>
        <message>
            <source>This page could not be shown. Tell your teacher.</source>
            <translation>Ko kuatiarogue ndaikatúi ojehechauka. Emombeʼu nde mboʼehárape.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Kuatiarogue {page} {pages}-gui</translation>
        </message>
        <message>
            <source>The question is further up ↑</source>
            <translation>Porandu oĩ yvatevegotyo ↑</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Mohuʼã</translation>
        </message>
        <message>
            <source>Answer the question to go on.</source>
            <translation>Embohovái porandu rekuʼejey hag̃ua.</translation>
        </message>
        <message>
            <source>That link needs internet; the kiosk does not open it. Ask the facilitator.</source>
            <translation>Upe link oikotevẽ internet; kiosco ndoipeʼái. Eporandu pytyvõhárape.</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Anive emoñeʼẽ</translation>
        </message>
    </context>
    <context>
        <name>LockWait</name>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Hetaiterei ñehaʼã vai. Ehaʼarõ %n aravoʼiʼi ha eñehaʼã jey.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n minute(s) and try again.</source>
            <translation>
                <numerusform>Hetaiterei ñehaʼã vai. Ehaʼarõ %n aravoʼi ha eñehaʼã jey.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This lesson is not available on this kiosk any more.</source>
            <translation>Ko mboʼepy ndoĩvéima ko kiosco-pe.</translation>
        </message>
    </context>
    <context>
        <name>MatchWidget</name>
        <message>
            <source>For each item, tap the one that goes with it, then press “Check”.</source>
            <translation>Peteĩteĩ ñeʼẽjoajúpe guarã, ejopy tarjeta ojoajúva hese, upéi ejopy “Hecha jey”.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Hecha jey</translation>
        </message>
        <message>
            <source>That’s right! Every pair matches.</source>
            <translation>¡Iporã! Opavave pareja oĩ porã.</translation>
        </message>
        <message>
            <source>This pair does not match yet.</source>
            <translation>Ko pareja ndojoajúi gueteri.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at again:</source>
            <translation>
                <numerusform>Oĩ %n pareja rehecha jey vaʼerã:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MockView</name>
        <message>
            <source>A chat message (an example)</source>
            <translation>Peteĩ chat marandu (techapyrã)</translation>
        </message>
        <message>
            <source>A text message (an example)</source>
            <translation>Peteĩ marandu celular-pe (techapyrã)</translation>
        </message>
        <message>
            <source>An e-mail (an example)</source>
            <translation>Peteĩ correo (techapyrã)</translation>
        </message>
        <message>
            <source>A social media profile (an example)</source>
            <translation>Peteĩ perfil red social-pe (techapyrã)</translation>
        </message>
        <message>
            <source>A social media post (an example)</source>
            <translation>Peteĩ publicación red social-pe (techapyrã)</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificado</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Marandu celular-pe</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>Chegusta</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Eheʼi</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Moherakuã</translation>
        </message>
    </context>
    <context>
        <name>ModuleCard</name>
        <message numerus="yes">
            <source>{done} of %n lesson(s) done</source>
            <translation>
                <numerusform>{done} %n mboʼepy apytégui opáma</numerusform>
            </translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} {total}-gui</translation>
        </message>
        <message>
            <source>done</source>
            <translation>opáma</translation>
        </message>
        <message>
            <source>started</source>
            <translation>oñepyrũma</translation>
        </message>
        <message>
            <source>new</source>
            <translation>pyahu</translation>
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
            <translation>Clase réra</translation>
        </message>
        <message>
            <source>For example: 5th grade A, Saturday workshop</source>
            <translation>Techapyrã: 5.º grado A, Taller arapokõi-pegua</translation>
        </message>
    </context>
    <context>
        <name>NewLearnerDialog</name>
        <message>
            <source>New learner in “{name}”</source>
            <translation>Temimboʼe pyahu «{name}»-pe</translation>
        </message>
        <message>
            <source>First name or nickname (no surname)</source>
            <translation>Téra térã apodo (apellidoʼỹre)</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Taʼãnga</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ary</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Add to the class</source>
            <translation>Mbojoapy clase-pe</translation>
        </message>
    </context>
    <context>
        <name>OptionsWidget</name>
        <message>
            <source>Choose every right answer, then press “Check”.</source>
            <translation>Eiporavo opa mbohovái iporãva, upéi ejopy «Hecha jey».</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Hecha jey</translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Oĩ porã!</translation>
        </message>
        <message>
            <source>There is still a right answer you haven’t chosen.</source>
            <translation>Oĩ gueteri peteĩ mbohovái iporãva nereiporavóiva.</translation>
        </message>
        <message>
            <source>Not quite. Try again!</source>
            <translation>Haimete. ¡Eñehaʼã jey!</translation>
        </message>
    </context>
    <context>
        <name>OrderWidget</name>
        <message>
            <source>Put them in order with “Up” and “Down”, then press “Check”.</source>
            <translation>Emohenda «Mbojupi» ha «Mboguejy» rupive. Upéi ejopy «Hecha jey».</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Hecha jey</translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Oĩ porã!</translation>
        </message>
        <message>
            <source>The first one is not in its place yet. Try again!</source>
            <translation>Peteĩha ndoĩri gueteri hendápe. ¡Eñehaʼã jey!</translation>
        </message>
        <message>
            <source>The first one is right. Keep going!</source>
            <translation>Peteĩha oĩ porã. ¡Ekuʼejey upéicha!</translation>
        </message>
        <message>
            <source>two</source>
            <translation>mokõi</translation>
        </message>
        <message>
            <source>three</source>
            <translation>mbohapy</translation>
        </message>
        <message>
            <source>four</source>
            <translation>irundy</translation>
        </message>
        <message>
            <source>five</source>
            <translation>po</translation>
        </message>
        <message>
            <source>six</source>
            <translation>poteĩ</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>pokõi</translation>
        </message>
        <message>
            <source>The first {count} are right. Keep going!</source>
            <translation>{count} ñepyrũrãgua oĩ porã. ¡Ekuʼejey upéicha!</translation>
        </message>
    </context>
    <context>
        <name>PackPreviewDialog</name>
        <message>
            <source>What will be installed</source>
            <translation>Mbaʼépa oñemohendáta</translation>
        </message>
        <message>
            <source>Pack «{pack}» {version}, signed by «{publisher}» (a trusted publisher).</source>
            <translation>Paquete «{pack}» {version}, «{publisher}» ofirmáva (peteĩ editorial ojeroviakatúva).</translation>
        </message>
        <message>
            <source>• {module}: new module, version {new}</source>
            <translation>• {module}: módulo pyahu, versión {new}</translation>
        </message>
        <message>
            <source>• {module}: {old} → {new}</source>
            <translation>• {module}: {old} → {new}</translation>
        </message>
        <message>
            <source>A new major version: the quiz scores of this module start again; completed lessons stay completed.</source>
            <translation>Peteĩ versión mayor pyahu: ko módulo porandu puntaje oñepyrũ jey; mboʼepy oñemohuʼãvaʼekue opyta oñemohuʼãmbyre.</translation>
        </message>
        <message>
            <source>Learners' progress is kept. The version installed now can be restored later.</source>
            <translation>Temimboʼe jeguata oñeñongatu. Versión oñemohendáva koʼág̃a ikatu ojegueru jey upéi.</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Mohenda</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Saved on this computer: {path}</source>
            <translation>Oñeñongatu ko computadora-pe: {path}</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>Kuatiarogue {n}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mboty</translation>
        </message>
        <message>
            <source>Save to USB…</source>
            <translation>Ñongatu USB-pe…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Mbokuatia…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Mbokuatia</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is on and connected.</source>
            <translation>Ndaikatúi ojeipeʼa impresora. Ehecha hendýpa ha oñembojoajúpa.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Oñemondo %n kuatiarogue impresora-pe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Ñongatu peteĩ PDF copia</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF kuatia (*.pdf)</translation>
        </message>
        <message>
            <source>The copy could not be saved in {folder}. Is the USB stick plugged in and not full?</source>
            <translation>Ndaikatúi oñeñongatu copia {folder}-pe. ¿Oñembojoajúpa pendrive ha oĩpa tenda ipype?</translation>
        </message>
        <message>
            <source>Saved a copy in {path}.</source>
            <translation>Oñeñongatu peteĩ copia {path}-pe.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>8 to 11 years</source>
            <translation>8 guive 11 ary peve</translation>
        </message>
        <message>
            <source>12 to 17 years</source>
            <translation>12 guive 17 ary peve</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Tapicha tuicháva</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Temimboʼe</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Ogaygua</translation>
        </message>
    </context>
    <context>
        <name>PickLearnerDialog</name>
        <message>
            <source>Search by name</source>
            <translation>Heka téra rupive</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivo-pe</translation>
        </message>
        <message>
            <source>There is nobody to choose.</source>
            <translation>Ndaipóri avave reiporavo hag̃ua.</translation>
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
            <translation>Nde taʼãnga ñemi, ko ordénpe:</translation>
        </message>
        <message>
            <source>Keep this card safe and show it to nobody.</source>
            <translation>Eñongatu porã ko tarjeta ha ani rehechauka avavépe.</translation>
        </message>
        <message>
            <source>Picture cards: {class_name}</source>
            <translation>Taʼãnga tarjeta: {class_name}</translation>
        </message>
    </context>
    <context>
        <name>PictureGate</name>
        <message>
            <source>Now secret pictures are 4! Choose 4 new ones, in order</source>
            <translation>¡Koʼág̃a taʼãnga ñemi haʼe 4! Eiporavo 4 ipyahúva, ordénpe</translation>
        </message>
        <message>
            <source>Your teacher lifted the pause. Try again, slowly.</source>
            <translation>Nde mboʼehára oipeʼa jepytuʼu. Eñehaʼã jey, mbeguekatu.</translation>
        </message>
    </context>
    <context>
        <name>PicturePanel</name>
        <message>
            <source>Teacher: confirm</source>
            <translation>Mboʼehára: moneĩ</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Ñepyrũ jey</translation>
        </message>
        <message>
            <source>Teacher: lift the pause</source>
            <translation>Mboʼehára: nohẽ jepytuʼu</translation>
        </message>
        <message numerus="yes">
            <source>Tap your %n secret pictures, in order</source>
            <translation>
                <numerusform>Ejopy nde %n taʼãnga ñemi, ordénpe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose %n secret pictures, in order</source>
            <translation>
                <numerusform>Eiporavo %n taʼãnga ñemi, ordénpe</numerusform>
            </translation>
        </message>
        <message>
            <source>You will tap them every time you sign in. Remember them well!</source>
            <translation>Rejopýta chupekuéra reike jave. ¡Nemanduʼa porã hesekuéra!</translation>
        </message>
        <message>
            <source>You don’t have secret pictures yet</source>
            <translation>Ndereguerekói gueteri taʼãnga ñemi</translation>
        </message>
        <message>
            <source>Ask your teacher to confirm it’s you. Then you choose your pictures.</source>
            <translation>Ejerure nde mboʼehárape ohechakuaa hag̃ua haʼeha nde. Upéi reiporavo nde taʼãnga.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again slowly: one more try before a short pause.</source>
            <translation>Umíva ndahaʼéi nde taʼãnga. Eñehaʼã jey mbeguekatu: opyta ndéve peteĩ ñehaʼã, peteĩ jepytuʼu mbyky mboyve.</translation>
        </message>
        <message numerus="yes">
            <source>Those are not your pictures. Try again slowly: you have %n try(s) left.</source>
            <translation>
                <numerusform>Umíva ndahaʼéi nde taʼãnga. Eñehaʼã jey mbeguekatu: opyta ndéve %n ñehaʼã.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a break. You can try again in %n minute(s). If you forgot your pictures, ask your teacher.</source>
            <translation>
                <numerusform>Ñapytuʼu michĩmi. Ikatu reñehaʼã jey %n aravoʼi rire. Resaráiramo nde taʼãnga rehe, ejerure pytyvõ nde mboʼehárape.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a short break. You can try again in %n second(s). If you forgot your pictures, ask the facilitator.</source>
            <translation>
                <numerusform>Ñapytuʼu sapyʼami. Ikatu reñehaʼã jey %n aravoʼiʼi rire. Resaráiramo nde taʼãnga rehe, ejerure pytyvõ pytyvõhárape.</numerusform>
            </translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ikatúma reñehaʼã jey.</translation>
        </message>
        <message numerus="yes">
            <source>Now tap the same %n pictures again</source>
            <translation>
                <numerusform>Koʼág̃a ejopy jey umi %n taʼãnga</numerusform>
            </translation>
        </message>
        <message>
            <source>In the same order, to be sure you remember them.</source>
            <translation>Upe ordénpe avei, jaikuaa hag̃ua nemanduʼaha hesekuéra.</translation>
        </message>
        <message>
            <source>They were not the same pictures. Let’s choose them again, calmly.</source>
            <translation>Ndahaʼéikuri umi taʼãnga peteĩchagua. Jaiporavo jey, pyʼaguapýpe.</translation>
        </message>
    </context>
    <context>
        <name>PictureSignInScreen</name>
        <message>
            <source>That’s not me</source>
            <translation>Ndahaʼéi che</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Your current PIN</source>
            <translation>Nde PIN koʼag̃agua</translation>
        </message>
        <message>
            <source>New PIN or password</source>
            <translation>PIN térã contraseña pyahu</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Upe PIN jey</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
        <message>
            <source>Save the PIN</source>
            <translation>Ñongatu PIN</translation>
        </message>
        <message>
            <source>Type your current PIN first.</source>
            <translation>Raẽ ehai nde PIN koʼag̃agua.</translation>
        </message>
        <message>
            <source>Your current PIN is not right.</source>
            <translation>Nde PIN koʼag̃agua ndahaʼéi iporãva.</translation>
        </message>
        <message>
            <source>That account is no longer active.</source>
            <translation>Upe cuenta ndoikovéima.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>PIN or password</source>
            <translation>PIN térã contraseña</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Mbogue</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eike</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Last program of {name}</source>
            <translation>{name} programa paha</translation>
        </message>
        <message>
            <source>✓ Solved</source>
            <translation>✓ Osẽ porã</translation>
        </message>
        <message>
            <source>✗ Not solved yet: {why}</source>
            <translation>✗ Ndosẽi porã gueteri: {why}</translation>
        </message>
        <message>
            <source>✗ Not solved yet</source>
            <translation>✗ Ndosẽi porã gueteri</translation>
        </message>
        <message>
            <source>Run on {date}</source>
            <translation>Oñemboguata {date}-pe</translation>
        </message>
        <message>
            <source>d/M/yyyy HH:mm</source>
            <translation>d/M/yyyy HH:mm</translation>
        </message>
        <message>
            <source>The program, read-only</source>
            <translation>Programa, emoñeʼẽ hag̃uánte</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mboty</translation>
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Your program</source>
            <translation>Nde programa</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Heka koʼápe:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Marandurenda &amp;mbaʼéichagua:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Marandurenda &amp;réra:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ñongatuha:</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ñongatuha yvategua</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Eho ñongatuha yvateguápe</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tenonde</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Opaite marandurenda (*)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hechauka marandurenda &amp;kañymby</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 oĩma.
¿Remyengoviasépa?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Ndojejuhúi marandurenda.
Ehecha marandurenda réra iporãpa.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Ndojejuhúi ñongatuha.
Ehecha ñongatuha réra iporãpa.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>¿Rembogue añetehápa «%1»?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» ndaikatúi ojehai hese.
¿Remboguese upéicharõ jepe?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Ndaikatúi oñembogue ñongatuha.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Marandurenda réra ndoikói</translation>
        </message>
    </context>
    <context>
        <name>ReachChart</name>
        <message>
            <source>Reach against the goals</source>
            <translation>Ojehupytýva jehupytyrã ndive</translation>
        </message>
        <message>
            <source>{group}: {reached} of {goal} ({percent} %).</source>
            <translation>{group}: {reached} {goal}-gui ({percent} %).</translation>
        </message>
        <message>
            <source>{group}: {reached} (no goal set).</source>
            <translation>{group}: {reached} (ndorekói jehupytyrã).</translation>
        </message>
        <message>
            <source>{reached} of {goal} ({percent} %)</source>
            <translation>{reached} {goal}-gui ({percent} %)</translation>
        </message>
        <message>
            <source>{reached} · no goal</source>
            <translation>{reached} · jehupytyrãʼỹre</translation>
        </message>
        <message>
            <source>{learners} + {anonymous}</source>
            <translation>{learners} + {anonymous}</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) with an account</source>
            <translation>
                <numerusform>%n temimboʼe orekóva cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) without an account</source>
            <translation>
                <numerusform>%n tapicha ndorekóiva cuenta</numerusform>
            </translation>
        </message>
        <message>
            <source>learners with an account (each person once)</source>
            <translation>temimboʼe orekóva cuenta (peteĩteĩ tapicha peteĩ jey)</translation>
        </message>
        <message>
            <source>without an account (workshops)</source>
            <translation>ndorekóiva cuenta (taller)</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>jehupytyrã</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>peteĩ jasýpe</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Option {number}: {text}</source>
            <translation>Jeporavorã {number}: {text}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeView</name>
        <message>
            <source>Your recovery code</source>
            <translation>Nde código jeguerujeyrã</translation>
        </message>
        <message>
            <source>If you ever forget your PIN, this code lets you choose a new one. It works once and is shown only now.</source>
            <translation>Resaráiramo nde PIN rehe, ko código rupive reiporavo ipyahúva. Oiko peteĩ jey añoite ha ojehechauka koʼág̃a añoite.</translation>
        </message>
        <message>
            <source>Write it down and keep it somewhere safe.</source>
            <translation>Ehai ha eñongatu peteĩ tenda hekorosãvape.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Mbokuatia</translation>
        </message>
        <message>
            <source>I wrote it down</source>
            <translation>Ahaíma</translation>
        </message>
        <message>
            <source>Telecentro: recovery code</source>
            <translation>Telecentro: código jeguerujeyrã</translation>
        </message>
    </context>
    <context>
        <name>ReflectWidget</name>
        <message>
            <source>There is no right or wrong answer: choose the one closest to you.</source>
            <translation>Ndaipóri mbohovái iporãva térã ivaíva: eiporavo ojoguavéva ndéve.</translation>
        </message>
        <message>
            <source>Thank you for thinking about it.</source>
            <translation>Aguyje rejepyʼamongetágui hese.</translation>
        </message>
    </context>
    <context>
        <name>RegisterScreen</name>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Perfil pyahu</translation>
        </message>
        <message>
            <source>Your name or nickname</source>
            <translation>Nde réra térã apodo</translation>
        </message>
        <message>
            <source>Only your first name, no surname</source>
            <translation>Nde réra añoite, apellidoʼỹre</translation>
        </message>
        <message>
            <source>Choose your picture</source>
            <translation>Eiporavo nde taʼãnga</translation>
        </message>
        <message>
            <source>Pictures marked “already chosen” belong to someone in your class or with your name: choose another one, so you find yourself at once.</source>
            <translation>Umi taʼãnga oñemarkáva «ojeporavóma» haʼe peteĩ tapicha nde clase-pegua térã orekóva nde réra mbaʼe: eiporavo ambue, upéicha rejejuhu pyaʼe.</translation>
        </message>
        <message>
            <source>already chosen</source>
            <translation>ojeporúma</translation>
        </message>
        <message>
            <source>How old are you?</source>
            <translation>¿Mboy ary reguereko?</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>I’m an adult</source>
            <translation>Che kakuaáma</translation>
        </message>
        <message>
            <source>You are…</source>
            <translation>Nde haʼe…</translation>
        </message>
        <message>
            <source>A student</source>
            <translation>Temimboʼe</translation>
        </message>
        <message>
            <source>A teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>A parent or caregiver</source>
            <translation>Sy, túva térã oñangarekóva</translation>
        </message>
        <message>
            <source>Ready, let’s start</source>
            <translation>Oĩma, ¡ñañepyrũ!</translation>
        </message>
        <message>
            <source>You will join the class {name}.</source>
            <translation>Reikéta clase {name}-pe.</translation>
        </message>
        <message>
            <source>Write your name or nickname.</source>
            <translation>Ehai nde réra térã apodo.</translation>
        </message>
        <message>
            <source>Choose a picture: it will help you find yourself.</source>
            <translation>Eiporavo peteĩ taʼãnga: nepytyvõta rejejuhu hag̃ua.</translation>
        </message>
        <message>
            <source>Tell us how old you are.</source>
            <translation>Emombeʼu ñandéve mboy ary reguereko.</translation>
        </message>
        <message>
            <source>Tell us who you are.</source>
            <translation>Emombeʼu ñandéve mávapa nde.</translation>
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
            <translation>Mbopyahu</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Jeguata</translation>
        </message>
        <message>
            <source>Difficult questions</source>
            <translation>Porandu hasýva</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Módulo-kuéra</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Meʼẽ</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>Opaite módulo</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>There are no classes yet. Create one on the Classes page and add learners to it.</source>
            <translation>Ndaipóri gueteri clase. Ejapo peteĩ Clase-kuéra kuatiaroguépe ha embojoapy temimboʼe ipype.</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Opavave clase-pegua</translation>
        </message>
        <message>
            <source>a learner who left the class</source>
            <translation>peteĩ temimboʼe ndoĩvéima clase-pe</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>áraʼỹre</translation>
        </message>
        <message>
            <source>“{module}”</source>
            <translation>«{module}»</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n módulo</numerusform>
            </translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>opavave clase-pegua</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n temimboʼe</numerusform>
            </translation>
        </message>
        <message>
            <source>Assigned {modules} to {who}.</source>
            <translation>Remeʼẽ {modules} {who}-pe.</translation>
        </message>
        <message>
            <source>Due {date}.</source>
            <translation>{date}-pe guarã.</translation>
        </message>
        <message>
            <source>The assignment was removed.</source>
            <translation>Ñemeʼẽ oñenohẽ.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportFlow</name>
        <message>
            <source>Choose a list of learners (CSV)</source>
            <translation>Eiporavo peteĩ temimboʼe lista (CSV)</translation>
        </message>
        <message>
            <source>Lists (*.csv *.txt);;All files (*)</source>
            <translation>Lista (*.csv *.txt);;Opaite marandurenda (*)</translation>
        </message>
        <message>
            <source>That file could not be read. Is it still there?</source>
            <translation>Ndaikatúi ojemoñeʼẽ upe marandurenda. ¿Oĩ gueterípa upépe?</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) imported.</source>
            <translation>
                <numerusform>Ojegueru %n tapicha.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems were left out.</source>
            <translation>
                <numerusform>%n tysýi oguerekóva apañuʼãi opyta okápe.</numerusform>
            </translation>
        </message>
        <message>
            <source>The learners on this kiosk changed since the preview. Check it again.</source>
            <translation>Tapicha ko kiosco-pegua oñemoambue jehecha raẽ guive. Ehecha jey.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioWidget</name>
        <message>
            <source>Go back and choose again</source>
            <translation>Jevy ha eiporavo jey</translation>
        </message>
        <message>
            <source>A good ending!</source>
            <translation>¡Peteĩ paha porã!</translation>
        </message>
        <message>
            <source>This ending could be better. Go back and choose again.</source>
            <translation>Ko paha iporãvekuaa. Ejevy ha eiporavo jey.</translation>
        </message>
        <message>
            <source>This is not the best ending. Go back and choose again.</source>
            <translation>Kóva ndahaʼéi paha iporãvéva. Ejevy ha eiporavo jey.</translation>
        </message>
        <message>
            <source>From now on: {step}</source>
            <translation>Koʼág̃a guive: {step}</translation>
        </message>
        <message>
            <source>You chose: {choice}</source>
            <translation>Reiporavo: {choice}</translation>
        </message>
    </context>
    <context>
        <name>SecretRules</name>
        <message>
            <source>A coordinator’s PIN has 6 to 8 numbers (or use a password of 6 or more characters). Never tell it to learners.</source>
            <translation>Omotenondéva PIN oguereko 6 guive 8 peve papapy (térã eipuru contraseña 6 tai térã hetave reheve). Arakaʼeve ani remombeʼu temimboʼekuérape.</translation>
        </message>
        <message>
            <source>A PIN of 4 to 8 numbers, or a password of 6 or more characters. Never tell it to learners.</source>
            <translation>Peteĩ PIN 4 guive 8 peve papapy reheve, térã contraseña 6 tai térã hetave reheve. Arakaʼeve ani remombeʼu nde temimboʼekuérape.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess (like 1234 or 0000). Choose another one.</source>
            <translation>Upe PIN ndahasyieterei ojeikuaa hag̃ua (haʼeháicha 1234 térã 0000). Eiporavo ambue.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type them again.</source>
            <translation>Mokõive PIN ndojojái. Ehai jey.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>This telecenter</source>
            <translation>Ko telecentro</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mbaʼapohára</translation>
        </message>
        <message>
            <source>Saved. Learners see the changes after the staff sign out.</source>
            <translation>Oñeñongatu. Umi ñemoambue oiko resẽ vove mbaʼapohára kotýgui.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Language</source>
            <translation>Ñeʼẽ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mbaʼapohára</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Mbaʼapohára jeike</translation>
        </message>
        <message>
            <source>Who are you? Tap your picture.</source>
            <translation>¿Mávapa nde? Ejopy nde taʼãnga.</translation>
        </message>
        <message>
            <source>Search for your name</source>
            <translation>Eheka nde réra</translation>
        </message>
        <message>
            <source>Names that start with {letter}</source>
            <translation>Téra oñepyrũva {letter}-pe</translation>
        </message>
        <message>
            <source>Nobody here yet. Tap “I’m new” to start.</source>
            <translation>Ndaipóri gueteri avave. Ejopy «Che pyahu» reñepyrũ hag̃ua.</translation>
        </message>
        <message>
            <source>I’m new</source>
            <translation>Che pyahu</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Opavave</translation>
        </message>
        <message>
            <source>Nobody with that name here. Try another letter or “Everyone”.</source>
            <translation>Ndaipóri avave upe téra reheve koʼápe. Eñehaʼã ambue letra térã «Opavave».</translation>
        </message>
        <message>
            <source>Nobody here yet. Ask the facilitator to add you.</source>
            <translation>Ndaipóri gueteri avave. Ejerure pytyvõhárape nembojoapy hag̃ua.</translation>
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
            <translation>Peteĩteĩ temimboʼe ojopy avei 4 taʼãnga ñemi</translation>
        </message>
        <message>
            <source>Learners can make their own profile (“I’m new”)</source>
            <translation>Peteĩteĩ temimboʼe ikatu ojapo iperfil («Che pyahu»)</translation>
        </message>
        <message>
            <source>… and may write a surname too</source>
            <translation>… ha ikatu ohai avei apellido</translation>
        </message>
        <message>
            <source>Off: “I’m new” refuses a name like “Ana Benítez” and asks for the first name or a nickname only</source>
            <translation>Ogue jave: «Che pyahu» nomoneĩri téra «Ana Benítez»-icha ha ojerure téra añoite térã apodo</translation>
        </message>
        <message>
            <source>The telecenter</source>
            <translation>Telecentro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Code (given by the programme)</source>
            <translation>Código (programa omeʼẽva)</translation>
        </message>
        <message>
            <source>Language when the kiosk starts</source>
            <translation>Ñeʼẽ kiosco ojeipeʼa jave</translation>
        </message>
        <message>
            <source>Sign out after this many idle minutes</source>
            <translation>Mboty sesión koʼã aravoʼi ojepuruʼỹ rire</translation>
        </message>
        <message>
            <source>Learners’ sign-in</source>
            <translation>Temimboʼe jeike</translation>
        </message>
        <message>
            <source>Programme goals: people to reach</source>
            <translation>Programa jehupytyrã: tapicha jahupytyvaʼerã</translation>
        </message>
        <message>
            <source>Children (8 to 11)</source>
            <translation>Mitã (8 guive 11 peve)</translation>
        </message>
        <message>
            <source>Teens (12 to 17)</source>
            <translation>Mitãrusu (12 guive 17 peve)</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Parents and caregivers</source>
            <translation>Sy, túva ha oñangarekóva</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ñongatu</translation>
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
            <translation>Ejopy moõpa oho peteĩteĩva. Upéi ejopy «Hecha jey».</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Hecha jey</translation>
        </message>
        <message>
            <source>This one goes somewhere else.</source>
            <translation>Kóva oho ambue hendápe.</translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Oĩ porã!</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} in the right place. Look at the ones in orange.</source>
            <translation>
                <numerusform>%n {total}-gui oĩ hendápe. Emaʼẽ umi oĩvare naranja-pe.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotWidget</name>
        <message numerus="yes">
            <source>Find %n warning sign(s): tap each one to mark it, then press “Check”.</source>
            <translation>
                <numerusform>Eheka %n techaukaha ñatendépy: ejopy peteĩteĩ remarka hag̃ua, upéi ejopy «Hecha jey».</numerusform>
            </translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Hecha jey</translation>
        </message>
        <message>
            <source>That part is not a warning sign.</source>
            <translation>Upe pehẽ ndahaʼéi techaukaha ñatendépy.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) still to find.</source>
            <translation>
                <numerusform>Opyta gueteri %n techaukaha ñatendépy rejuhu vaʼerã.</numerusform>
            </translation>
        </message>
        <message>
            <source>That’s right!</source>
            <translation>¡Oĩ porã!</translation>
        </message>
    </context>
    <context>
        <name>StaffArea</name>
        <message>
            <source>Staff: {name}</source>
            <translation>Mbaʼapohára: {name}</translation>
        </message>
        <message>
            <source>My PIN</source>
            <translation>Che PIN</translation>
        </message>
        <message>
            <source>Close Telecentro</source>
            <translation>Mboty Telecentro</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Esẽ</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Clase-kuéra</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Marandu ñemombeʼu</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Taller-kuéra</translation>
        </message>
        <message>
            <source>Attendance and reach</source>
            <translation>Jeju ha ojehupytýva</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ñemboheko</translation>
        </message>
        <message>
            <source>Sending the counts</source>
            <translation>Marandu ñemondo</translation>
        </message>
        <message>
            <source>Lesson packs</source>
            <translation>Mboʼepy paquete-kuéra</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Respaldo-kuéra</translation>
        </message>
        <message>
            <source>Close Telecentro?</source>
            <translation>¿Mboty Telecentro?</translation>
        </message>
        <message>
            <source>The kiosk closes for everyone: learners cannot sign in until someone starts it again on this computer. Progress is saved.</source>
            <translation>Kiosco oñembotý opavavépe guarã: avave ndaikatumoʼãi oike peteĩ tapicha oipeʼa jey peve ko computadora-pe. Ojejapovaʼekue opyta oñeñongatupyre.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Moambue che PIN</translation>
        </message>
        <message>
            <source>Your PIN was changed.</source>
            <translation>Nde PIN oñemoambue.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
    </context>
    <context>
        <name>StaffFlow</name>
        <message>
            <source>The PIN could not be checked. Try again.</source>
            <translation>Ndaikatúi ojehecha jey PIN. Eñehaʼã jey.</translation>
        </message>
        <message>
            <source>The kiosk could not save this. Try again.</source>
            <translation>Kiosco ndaikatúi oñongatu kóva. Eñehaʼã jey.</translation>
        </message>
        <message>
            <source>Welcome! Coordinators now need a PIN of at least 6 numbers, so that nobody can guess it. Please choose a new one now (or cancel: we will ask again next time).</source>
            <translation>¡Eguahẽporã! Koʼág̃a omotenondéva oikotevẽ peteĩ PIN orekóva 6 papapy michĩvéramo, ani hag̃ua avave oikuaa. Eiporavo peteĩ ipyahúva koʼág̃a, ikatúramo (térã eheja: rojeruréta ndéve jey ambue jey).</translation>
        </message>
    </context>
    <context>
        <name>StaffLabels</name>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Tapicha tuicháva</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Temimboʼe</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Parent or caregiver</source>
            <translation>Ogaygua (sy, túva térã oñangarekóva)</translation>
        </message>
    </context>
    <context>
        <name>StaffManager</name>
        <message>
            <source>Who can sign in as staff</source>
            <translation>Mávapa ikatu oike mbaʼapohárarõ</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Mbojoapy peteĩ tapicha</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Téra</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Omotenondéva</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN térã contraseña</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Upe PIN jey</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Mbojoapy</translation>
        </message>
        <message>
            <source>6 to 8 numbers</source>
            <translation>6 guive 8 papapy peve</translation>
        </message>
        <message>
            <source>4 to 8 numbers</source>
            <translation>4 guive 8 papapy peve</translation>
        </message>
        <message>
            <source>Write the person’s name.</source>
            <translation>Ehai tapicha réra.</translation>
        </message>
        <message>
            <source>{name} can now sign in as staff.</source>
            <translation>{name} ikatúma oike mbaʼapohárarõ.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Moambue che PIN</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>PIN pyahu {name}-pe guarã</translation>
        </message>
        <message>
            <source>The PIN of {name} was changed.</source>
            <translation>{name} PIN oñemoambue.</translation>
        </message>
        <message>
            <source>{name} can try their PIN again.</source>
            <translation>{name} ikatúma oñehaʼã jey iPIN reheve.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Ñongatu archivo-pe</translation>
        </message>
        <message>
            <source>Archive {name}? They will not be able to sign in any more. Their classes and workshops stay.</source>
            <translation>¿Ñongatu {name} archivo-pe? Ndaikatumoʼãvéima oike. Iclase ha italler opyta.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
        <message>
            <source>{name} was archived.</source>
            <translation>{name} oñeñongatu archivo-pe.</translation>
        </message>
    </context>
    <context>
        <name>StaffRow</name>
        <message>
            <source> (you)</source>
            <translation> (nde)</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Omotenondéva</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message numerus="yes">
            <source>Locked: %n more minute(s)</source>
            <translation>
                <numerusform>Ojejoko: %n aravoʼi gueteri</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Nohẽ jejoko</translation>
        </message>
        <message>
            <source>Unlock {name}</source>
            <translation>Nohẽ {name} jejoko</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN pyahu</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>PIN pyahu {name}-pe guarã</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Ñongatu archivo-pe</translation>
        </message>
        <message>
            <source>Archive {name}</source>
            <translation>Ñongatu {name} archivo-pe</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInPanel</name>
        <message>
            <source>Who are you? Tap your name.</source>
            <translation>¿Máva piko nde? Epoko nde réra.</translation>
        </message>
        <message>
            <source>Type your PIN or password. It is never shown on the screen.</source>
            <translation>Ehai nde PIN térã contraseña. Arakaʼeve ndojehechaukái pantalla-pe.</translation>
        </message>
        <message>
            <source>Not you? Choose another name</source>
            <translation>¿Ndahaʼéi nde? Eiporavo ambue téra</translation>
        </message>
        <message>
            <source>Forgot your PIN?</source>
            <translation>¿Resaraipa nde PIN rehe?</translation>
        </message>
        <message>
            <source>Hello, {name}. Type your PIN.</source>
            <translation>Mbaʼéichapa, {name}. Ehai nde PIN.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>Upe PIN ndahaʼéi iporãva. Opyta ndéve %n ñehaʼã.</numerusform>
            </translation>
        </message>
        <message>
            <source>That account is no longer active. Who are you?</source>
            <translation>Upe cuenta ndoikovéima. ¿Máva piko nde?</translation>
        </message>
        <message>
            <source>Have your recovery code? Tap “Forgot your PIN?”: it works now.</source>
            <translation>¿Reguerekópa nde código jeguerujeyrã? Epoko «¿Resaraipa nde PIN rehe?»: oiko koʼág̃aite.</translation>
        </message>
        <message>
            <source>Ask a coordinator to lift the lock from the staff page.</source>
            <translation>Ejerure peteĩ omotenondévape oipeʼa hag̃ua jejoko mbaʼapohára kuatiarogue guive.</translation>
        </message>
        <message>
            <source>Someone else can sign in now with their own PIN.</source>
            <translation>Ambue mbaʼapohára ikatu oike koʼág̃a iPIN voi reheve.</translation>
        </message>
    </context>
    <context>
        <name>StaffSignInScreen</name>
        <message>
            <source>Back</source>
            <translation>Tapykue</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Mbaʼapohára jeike</translation>
        </message>
        <message>
            <source>Your new PIN is set. Type it to come in.</source>
            <translation>Nde PIN pyahu oñeñongatúma. Ehai eike hag̃ua.</translation>
        </message>
    </context>
    <context>
        <name>StaffTile</name>
        <message>
            <source>Coordinator</source>
            <translation>Omotenondéva</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
    </context>
    <context>
        <name>StorageWords</name>
        <message>
            <source>The kiosk's data file in {home} is damaged: nothing was done. Run «kiosk doctor --home {home}» and ask for help.</source>
            <translation>Kiosco marandurenda {home}-pe oñembyai: ndojejapói mbaʼeve. Emboguata «kiosk doctor --home {home}» ha ejerure pytyvõ.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} was saved by a newer version of the kiosk. Install that version (or newer) to open it; the file was not changed.</source>
            <translation>Kiosco marandu {home}-pe oñeñongatu kiosco versión ipyahuvéva rupive. Emohenda upe versión (térã ipyahuvéva) reipeʼa hag̃ua; marandurenda noñemoambuéi.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} is busy: try again in a moment.</source>
            <translation>Kiosco marandu {home}-pe ojepurúhína: eñehaʼã jey sapyʼami rire.</translation>
        </message>
        <message>
            <source>The file in {home} was not made by the kiosk.</source>
            <translation>Marandurenda {home}-pe ndojapói kiosco.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again.</source>
            <translation>Disco henyhẽ: embogue mbaʼe ojeikotevẽʼỹva ha eñehaʼã jey.</translation>
        </message>
        <message>
            <source>The kiosk cannot write in {home}: the file or its folder is read-only.</source>
            <translation>Kiosco ndaikatúi ohai {home}-pe: marandurenda térã iñongatuha ikatu oñemoñeʼẽ añoite.</translation>
        </message>
        <message>
            <source>The kiosk's data in {home} could not be read.</source>
            <translation>Ndaikatúi oñemoñeʼẽ kiosco marandu {home}-pe.</translation>
        </message>
    </context>
    <context>
        <name>StoreWords</name>
        <message>
            <source>the file was empty</source>
            <translation>marandurenda nandikuri</translation>
        </message>
        <message>
            <source>the file was missing</source>
            <translation>marandurenda ndaipórikuri</translation>
        </message>
        <message>
            <source>a folder was in its place</source>
            <translation>hendaguépe oĩkuri peteĩ ñongatuha</translation>
        </message>
        <message>
            <source>the file is not a database</source>
            <translation>marandurenda ndahaʼéi base de datos</translation>
        </message>
        <message>
            <source>the file's beginning is damaged</source>
            <translation>marandurenda ñepyrũ oñembyai</translation>
        </message>
        <message>
            <source>the file was cut short</source>
            <translation>marandurenda oñekytĩ mbyte rupi</translation>
        </message>
        <message>
            <source>parts of the file are damaged</source>
            <translation>marandurenda pehẽngue oñembyai</translation>
        </message>
        <message>
            <source>the file had been replaced by an empty one</source>
            <translation>marandurenda oñemyengoviakuri peteĩ nandi reheve</translation>
        </message>
        <message>
            <source>the file of the last changes was deleted</source>
            <translation>ñemoambue paha marandurenda oñembogue</translation>
        </message>
        <message>
            <source>the file of the last changes is damaged</source>
            <translation>ñemoambue paha marandurenda oñembyai</translation>
        </message>
        <message>
            <source>the file of the last changes was cut short</source>
            <translation>ñemoambue paha marandurenda oñekytĩ mbyte rupi</translation>
        </message>
        <message>
            <source>an old temporary file</source>
            <translation>peteĩ marandurenda temporal tuja</translation>
        </message>
        <message>
            <source>The kiosk's data file was damaged ({found}). It was moved aside and the backup of {backup_time} was restored. What was done between {start} and {end} is lost. The damaged file is kept in the folder "damaged" of the kiosk's data.</source>
            <translation>Kiosco marandurenda oñembyaikuri ({found}). Ojemboyke ha ojegueru jey respaldo {backup_time}-gua. Ojejapovaʼekue {start} ha {end} mbytépe okañy. Marandurenda oñembyaíva oñeñongatu ñongatuha "damaged"-pe, kiosco marandu ykére.</translation>
        </message>
        <message>
            <source>The kiosk stopped without closing properly and part of its last saved work was damaged or deleted ({found}). What was done between {start} and {end} may be lost.</source>
            <translation>Kiosco opyta oñembotyporãʼỹre ha pehẽngue oñeñongatuvaʼekue ipahaitépe oñembyai térã oñembogue ({found}). Ikatu okañy ojejapovaʼekue {start} ha {end} mbytépe.</translation>
        </message>
        <message>
            <source>The kiosk's data file is an older copy than the one it had saved. What was done between {start} and {end} is missing from it.</source>
            <translation>Kiosco marandurenda haʼe peteĩ copia itujavéva pe oñongatuvaʼekuégui. Ndoguerekói ojejapovaʼekue {start} ha {end} mbytépe.</translation>
        </message>
        <message>
            <source>A leftover file beside the kiosk's data was moved aside ({found}). Nothing was lost.</source>
            <translation>Peteĩ marandurenda hembýva kiosco marandu ykére ojemboyke ({found}). Mbaʼeve nokañýi.</translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
        <message>
            <source>Sign-ins</source>
            <translation>Jeike</translation>
        </message>
        <message>
            <source>Lesson visits</source>
            <translation>Jeho mboʼepy-pe</translation>
        </message>
        <message>
            <source>Minutes in lessons</source>
            <translation>Aravoʼi mboʼepýpe</translation>
        </message>
        <message>
            <source>Lessons completed</source>
            <translation>Mboʼepy oñemohuʼãva</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Módulo oñemohuʼãva</translation>
        </message>
        <message>
            <source>People reached (first time)</source>
            <translation>Tapicha ojehupytýva (peteĩha jey)</translation>
        </message>
        <message>
            <source>Workshop participants</source>
            <translation>Taller-pe oikéva</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ohaʼarõva</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Oñemondóma</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Oñembotovéva</translation>
        </message>
        <message>
            <source>the date is in the future — check this computer's date and time</source>
            <translation>ára oĩ tenonderãme — ehecha jey ko computadora ára ha aravo</translation>
        </message>
        <message>
            <source>the date is too long ago — check this computer's date and time</source>
            <translation>ára itujaiterei — ehecha jey ko computadora ára ha aravo</translation>
        </message>
        <message>
            <source>the server does not know that figure (update the kiosk or the server)</source>
            <translation>servidor ndoikuaái upe marandu (embopyahu kiosco térã servidor)</translation>
        </message>
        <message>
            <source>the server does not accept that grouping</source>
            <translation>servidor nomoneĩri upe ñembojaʼo</translation>
        </message>
        <message>
            <source>the value is not valid</source>
            <translation>papapy ndoikói</translation>
        </message>
        <message>
            <source>the figure is not in the form the server expects (update the kiosk or the server)</source>
            <translation>marandu ndoúi servidor ohaʼarõ haguéicha (embopyahu kiosco térã servidor)</translation>
        </message>
        <message>
            <source>the date is not a real day</source>
            <translation>ára ndahaʼéi peteĩ ára añetegua</translation>
        </message>
        <message>
            <source>the figure's revision number is not valid (update the kiosk or the server)</source>
            <translation>marandu revisión papapy ndoikói (embopyahu kiosco térã servidor)</translation>
        </message>
        <message>
            <source>the number is larger than is possible in one day</source>
            <translation>papapy tuichave ikatúvagui peteĩ árape</translation>
        </message>
        <message>
            <source>the day's total for this kiosk is larger than is possible (for example more minutes than the day has)</source>
            <translation>ko kiosco papapy opaitéva ko árape guarã tuichave ikatúvagui (techapyrãrõ, hetave aravoʼi ára orekóvagui)</translation>
        </message>
        <message>
            <source>the server already has newer figures from this installation: this kiosk seems to have been restored from an older copy</source>
            <translation>servidor oguerekóma marandu ipyahuvéva ko ñemohenda rehegua: ojogua ko kiosco ojegueru jeyha peteĩ copia itujavévagui</translation>
        </message>
        <message>
            <source>this kiosk was restored from an older copy: it goes on as a new installation, so nothing is lost or counted twice</source>
            <translation>ko kiosco ojegueru jey peteĩ copia itujavévagui: osegi ñemohenda pyahúramo, upévare mbaʼeve nokañýi ni ndojeipapái mokõi jey</translation>
        </message>
        <message>
            <source>the server could not read the data</source>
            <translation>servidor ndaikatúi omoñeʼẽ marandu</translation>
        </message>
        <message>
            <source>the server speaks another version of the protocol (update the kiosk or the server)</source>
            <translation>servidor oipuru ambue protocolo versión (embopyahu kiosco térã servidor)</translation>
        </message>
        <message>
            <source>the batch had no valid identifier</source>
            <translation>ñemondo ndorekói identificador oikóva</translation>
        </message>
        <message>
            <source>the batch's identifier was already used with other figures; a new batch is made</source>
            <translation>ñemondo identificador ojepurúma ambue marandu reheve; ojejapo ñemondo pyahu</translation>
        </message>
        <message>
            <source>a month is not valid</source>
            <translation>peteĩ jasy ndoikói</translation>
        </message>
        <message>
            <source>this installation's identifier is not valid (a program error)</source>
            <translation>ko ñemohenda identificador ndoikói (programa jejavy)</translation>
        </message>
        <message>
            <source>this kiosk's key is not valid (a program error)</source>
            <translation>ko kiosco clave ndoikói (programa jejavy)</translation>
        </message>
        <message>
            <source>the server does not know that figure</source>
            <translation>servidor ndoikuaái upe marandu</translation>
        </message>
        <message>
            <source>the server does not accept this kiosk's key</source>
            <translation>servidor nomoneĩri ko kiosco clave</translation>
        </message>
        <message>
            <source>the key belongs to another installation (a copied kiosk?)</source>
            <translation>clave ambue ñemohenda mbaʼe (¿peteĩ kiosco ojekopiáva?)</translation>
        </message>
        <message>
            <source>the batch was too large</source>
            <translation>ñemondo tuichaiterei</translation>
        </message>
        <message>
            <source>the batch had too many figures</source>
            <translation>ñemondo oguereko hetaiterei marandu</translation>
        </message>
        <message>
            <source>too many batches in a short time</source>
            <translation>hetaiterei ñemondo aravo mbykýpe</translation>
        </message>
        <message>
            <source>too many wrong codes from this place; wait a while before trying again</source>
            <translation>hetaiterei código ojavýva ko tendágui; ehaʼarõ sapyʼami reñehaʼã jey mboyve</translation>
        </message>
        <message>
            <source>the server is in maintenance</source>
            <translation>servidor oñemyatyrõhína</translation>
        </message>
        <message>
            <source>the server is busy</source>
            <translation>servidor ojepurúhína</translation>
        </message>
        <message>
            <source>the server does not know that code: check it or ask for a new one</source>
            <translation>servidor ndoikuaái upe código: ehecha jey térã ejerure ipyahúva</translation>
        </message>
        <message>
            <source>the code has expired (codes last 14 days): ask for a new one</source>
            <translation>código ohasáma iára (umi código oiko 14 ára añoite): ejerure ipyahúva</translation>
        </message>
        <message>
            <source>another kiosk used that code already</source>
            <translation>ambue kiosco oipurúma upe código</translation>
        </message>
        <message>
            <source>this kiosk was withdrawn: ask the programme office for a new code</source>
            <translation>ko kiosco ojeipeʼa: ejerure peteĩ código pyahu programa oficina-pe</translation>
        </message>
        <message>
            <source>this installation is enrolled with another key (a copied kiosk?)</source>
            <translation>ko ñemohenda oñemboheraguapýma ambue clave reheve (¿peteĩ kiosco ojekopiáva?)</translation>
        </message>
        <message>
            <source>this installation is enrolled at another telecenter</source>
            <translation>ko ñemohenda oñemboheraguapýma ambue telecentro-pe</translation>
        </message>
        <message>
            <source>the server already has newer figures from this installation (restored from an older copy?)</source>
            <translation>servidor oguerekóma marandu ipyahuvéva ko ñemohenda rehegua (¿ojegueru jey peteĩ copia itujavévagui?)</translation>
        </message>
        <message>
            <source>the server could not check that this kiosk comes from the previous one (its signature): enrol it with a new code</source>
            <translation>servidor ndaikatúi ohecha ko kiosco ouha pe ymaveguágui (ifirma rupi): emboheraguapy código pyahúpe</translation>
        </message>
        <message>
            <source>a query had a character the server refuses</source>
            <translation>peteĩ porandúpe oĩ peteĩ letra servidor ndoipotáiva</translation>
        </message>
        <message>
            <source>a query asked for too many rows at once</source>
            <translation>peteĩ porandu ojerure hetaiterei tysỹi peteĩ jeýpe</translation>
        </message>
        <message>
            <source>a query asked for a page that does not exist</source>
            <translation>peteĩ porandu ojerure peteĩ kuatia ndaipóriva</translation>
        </message>
        <message>
            <source>No connection to the server</source>
            <translation>Ndaipóri joaju servidor ndive</translation>
        </message>
        <message>
            <source>The server no longer recognises this kiosk: enrol it again</source>
            <translation>Servidor ndohechakuaavéima ko kiosco: oñemboheraguapy jey vaʼerã</translation>
        </message>
        <message>
            <source>The server is busy or in maintenance; it will be tried again later</source>
            <translation>Servidor ojepurúhína térã oñemyatyrõhína; oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The batch was too large for the server; it is sent in smaller parts</source>
            <translation>Ñemondo tuichaiterei servidor-pe guarã; oñemondo pehẽ michĩvévape</translation>
        </message>
        <message>
            <source>The server had a problem (code {status}); it will be tried again later</source>
            <translation>Servidor oguereko peteĩ apañuʼãi (código {status}); oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The server did not understand the data (a program error); it will be tried again later</source>
            <translation>Servidor noikũmbýi ñemondo (programa jejavy); oñehaʼã jeýta upe rire</translation>
        </message>
        <message>
            <source>The server's answer could not be understood (a proxy or a login portal?)</source>
            <translation>Ndojekũmbýi servidor mbohovái (¿peteĩ proxy térã portal jeikeha?)</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a server yet</source>
            <translation>Ko kiosco noñemboheraguapýi gueteri peteĩ servidor-pe</translation>
        </message>
        <message>
            <source>The server refused the code: another kiosk used it already</source>
            <translation>Servidor ombotove código: ambue kiosco oipurúma</translation>
        </message>
        <message>
            <source>The server refused the code (unknown or expired: ask for a new one)</source>
            <translation>Servidor ombotove código (ndaipóri térã ohasáma iára: ejerure ipyahúva)</translation>
        </message>
        <message>
            <source>The server has withdrawn this kiosk: ask the programme office for a new code</source>
            <translation>Servidor oipeʼa ko kiosco: ejerure peteĩ código pyahu programa oficina-pe</translation>
        </message>
        <message>
            <source>The server had newer figures of this kiosk: it was restored from an older copy. From now on it counts as a new kiosk; nothing is counted twice</source>
            <translation>Servidor oguereko marandu ipyahuvéva ko kiosco rehegua: ojegueru jey peteĩ copia itujavévagui. Koʼág̃a guive ojeipapa kiosco pyahúramo; mbaʼeve ndojeipapái mokõi jey</translation>
        </message>
        <message>
            <source>The server already has this kiosk enrolled with another key or at another telecenter: ask the programme office</source>
            <translation>Servidor oguerekóma ko kiosco oñemboheraguapýva ambue clave reheve térã ambue telecentro-pe: eporandu programa oficina-pe</translation>
        </message>
        <message>
            <source>the server gave a reason this kiosk does not know yet (“{reason}”): updating the kiosk may help</source>
            <translation>servidor omeʼẽ peteĩ mbaʼérepa ko kiosco ndoikuaáiva gueteri («{reason}»): ikatu oipytyvõ kiosco ñembopyahu</translation>
        </message>
        <message>
            <source>the server said “{code}”, which this kiosk does not know yet</source>
            <translation>servidor heʼi «{code}», ha ko kiosco ndoikuaái gueteri upéva</translation>
        </message>
        <message>
            <source>{count} because {reason}</source>
            <translation>{count} {reason} rupi</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>Servidor ombotove %n marandu: {reasons}</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync error ({code})</source>
            <translation>Jejavy sincronización-pe ({code})</translation>
        </message>
        <message>
            <source>This computer's date seems to be ahead: check the date and time. Figures with future dates are not accepted.</source>
            <translation>Ko computadora ára ojogua oĩha tenondeve: ehecha jey ára ha aravo. Marandu orekóva ára tenonderãgua noñemoneĩri.</translation>
        </message>
        <message>
            <source>This computer's date seems to be behind: check the date and time. Figures with very old dates are not accepted.</source>
            <translation>Ko computadora ára ojogua oĩha tapykueve: ehecha jey ára ha aravo. Marandu orekóva ára itujaitereíva noñemoneĩri.</translation>
        </message>
        <message>
            <source>On {when} this kiosk found it is running on another PC than the one it was set up on (a copy of a disk): it became a new kiosk. What was done before the copy stays with the original kiosk, which sends it; nothing of it is sent from here.</source>
            <translation>{when}-pe ko kiosco ohechakuaa oikoha ambue PC-pe, ndahaʼéi pe oñemohendahápe (peteĩ disco copia): oiko kiosco pyahúramo. Ojejapovaʼekue copia mboyve opyta kiosco ypykue ndive, haʼe omondóva; mbaʼeve upévagui noñemondomoʼãi ápagui.</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) still waiting in the copy were left to the original kiosk.</source>
            <translation>
                <numerusform>%n marandu ohaʼarõva gueteri copia-pe ojeheja kiosco ypykuépe.</numerusform>
            </translation>
        </message>
        <message>
            <source>On {when} the server said this kiosk was restored from an older copy: it had newer figures of it. What was sent before stays counted; what was done here since {since} now counts as a new kiosk. Nothing is counted twice.</source>
            <translation>{when}-pe servidor heʼi ko kiosco ojegueru jeyha peteĩ copia itujavévagui: haʼe oguerekóma marandu ipyahuvéva ko kiosco rehegua. Oñemondovaʼekue yma opyta ojeipapapyre; ojejapovaʼekue ápe {since} guive koʼág̃a ojeipapa kiosco pyahúramo. Mbaʼeve ndojeipapái mokõi jey.</translation>
        </message>
        <message>
            <source>The server will learn of the new kiosk at the next connection or in the next USB file.</source>
            <translation>Servidor oikuaáta kiosco pyahu rehegua joaju upeiguápe térã marandurenda USB upeiguápe.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>arakaʼeve</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sending the counts</source>
            <translation>Marandu ñemondo</translation>
        </message>
        <message>
            <source>Only numbers leave this computer, never a name.</source>
            <translation>Ko computadora-gui osẽ papapy añoite, arakaʼeve peteĩ téra.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>Ñemondo paha oikoporãva</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Ohaʼarõva oñemondo</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Jejavy paha</translation>
        </message>
        <message>
            <source>Next attempt</source>
            <translation>Ñehaʼã upeigua</translation>
        </message>
        <message>
            <source>Last USB bundle</source>
            <translation>Paquete USB paha</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincroniza koʼág̃a</translation>
        </message>
        <message>
            <source>Enrol this kiosk…</source>
            <translation>Mboheraguapy ko kiosco…</translation>
        </message>
        <message>
            <source>Export to USB…</source>
            <translation>Mbosẽ USB-pe…</translation>
        </message>
        <message>
            <source>Show sent figures too</source>
            <translation>Hechauka avei oñemondomavaʼekue</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Oñemondótava</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ára</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Marandu</translation>
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
            <translation>Ary</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Papapy</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Mbaʼéichapa oĩ</translation>
        </message>
        <message>
            <source>Nothing is waiting: every figure was sent.</source>
            <translation>Ndaipóri mbaʼeve ohaʼarõva: opavave marandu oñemondóma.</translation>
        </message>
        <message>
            <source>Sign-ins</source>
            <translation>Jeike</translation>
        </message>
        <message>
            <source>Lesson visits</source>
            <translation>Jeho mboʼepy-pe</translation>
        </message>
        <message>
            <source>Minutes in lessons</source>
            <translation>Aravoʼi mboʼepýpe</translation>
        </message>
        <message>
            <source>Lessons completed</source>
            <translation>Mboʼepy oñemohuʼãva</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Módulo oñemohuʼãva</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Tapicha ojehupytýva</translation>
        </message>
        <message>
            <source>Workshop participants</source>
            <translation>Taller-pe oikéva</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Temimboʼe</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Ogaygua</translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Tapicha tuicháva</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Oñemondóma</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Oñembotovéva</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ohaʼarõva</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ni peteĩ</translation>
        </message>
        <message>
            <source>{count} because {reason}</source>
            <translation>{count} {reason} rupi</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>Servidor ombotove %n marandu: {reasons}</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync error ({code})</source>
            <translation>Jejavy sincronización-pe ({code})</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Arakaʼeve</translation>
        </message>
        <message>
            <source>enrol it again</source>
            <translation>oñemboheraguapy jey vaʼerã</translation>
        </message>
        <message>
            <source>Not enrolled (the code {code} travels in the USB bundle)</source>
            <translation>Noñemboheraguapýi (código {code} oho paquete USB-pe)</translation>
        </message>
        <message>
            <source>Not enrolled</source>
            <translation>Noñemboheraguapýi</translation>
        </message>
        <message>
            <source>(refused by the server: {count})</source>
            <translation>(servidor ombotovéva: {count})</translation>
        </message>
        <message>
            <source>This computer's date seems to be ahead. Check the date and time: figures dated in the future are not accepted.</source>
            <translation>Ko computadora ára ojogua oĩha tenondeve. Ehecha jey ára ha aravo: marandu orekóva ára tenonderãgua noñemoneĩri.</translation>
        </message>
        <message>
            <source>This computer's date seems to be behind. Check the date and time: figures dated too long ago are not accepted.</source>
            <translation>Ko computadora ára ojogua oĩha tapykueve. Ehecha jey ára ha aravo: marandu orekóva ára itujaitereíva noñemoneĩri.</translation>
        </message>
        <message>
            <source>What will be sent ({count})</source>
            <translation>Oñemondótava ({count})</translation>
        </message>
        <message>
            <source>Every figure ({count})</source>
            <translation>Opavave marandu ({count})</translation>
        </message>
        <message>
            <source>People who did it for the first time: their first sign-in ever, or their first visit to that module</source>
            <translation>Tapicha ojapóva peteĩha jey: ijeike peteĩha, térã ijeho peteĩha upe módulo-pe</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Oñemondohína…</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled yet: enrol it, or take the figures on a USB stick.</source>
            <translation>Ko kiosco noñemboheraguapýi gueteri: emboheraguapy, térã egueraha marandu peteĩ pendrive-pe.</translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n figure(s).</source>
            <translation>
                <numerusform>Oñemondo: %n marandu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was waiting: everything had been sent.</source>
            <translation>Ndaipórikuri mbaʼeve ohaʼarõva: opa mbaʼe oñemondómakuri.</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Sending the figures…</source>
            <translation>Ko kiosco oñemboheraguapýma. Oñemondohína marandu…</translation>
        </message>
        <message>
            <source>No connection to the server. The code was kept: it travels in the next USB bundle.</source>
            <translation>Ndaipóri joaju servidor ndive. Código oñeñongatu: oho paquete USB upeiguávape.</translation>
        </message>
        <message>
            <source>Choose the USB stick or a folder</source>
            <translation>Eiporavo pendrive térã peteĩ ñongatuha</translation>
        </message>
        <message>
            <source>Saved the figures in {file}. Take it to the programme office or upload it at the collector's page.</source>
            <translation>Marandu oñeñongatu {file}-pe. Egueraha programa oficina-pe térã ehupi servidor kuatiarogue-pe.</translation>
        </message>
    </context>
    <context>
        <name>TeacherConfirmPage</name>
        <message>
            <source>Cancel</source>
            <translation>Heja</translation>
        </message>
        <message>
            <source>Teacher: tap your name and type your PIN to confirm this is {name}.</source>
            <translation>Mboʼehára: epoko nde réra ha ehai nde PIN rehechakuaa hag̃ua haʼeha {name}.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>less than a minute</source>
            <translation>saʼive peteĩ aravoʼigui</translation>
        </message>
        <message>
            <source>no time yet</source>
            <translation>mbaʼeve gueteri</translation>
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
            <translation>Añete</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Japu</translation>
        </message>
    </context>
    <context>
        <name>TurtleCanvas</name>
        <message>
            <source>Drawing</source>
            <translation>Taʼãnga</translation>
        </message>
    </context>
    <context>
        <name>TurtleMessages</name>
        <message>
            <source>The turtle has not drawn anything yet. Is the pen down? Make it move forward.</source>
            <translation>Karumbe ndohaíri gueteri mbaʼeve. ¿Oguejýpa haiha? Emomýi tenonde gotyo.</translation>
        </message>
        <message>
            <source>Nothing is drawn yet. Start with a forward command so the turtle draws a line.</source>
            <translation>Ndaipóri gueteri mbaʼeve ojehaíva. Eñepyrũ avanzar reheve karumbe ohai hag̃ua peteĩ tysýi.</translation>
        </message>
        <message>
            <source>Your drawing has {have} sides; the target has {want}.</source>
            <translation>Nde taʼãnga oguereko {have} yke; jehupytyrã katu {want}.</translation>
        </message>
        <message>
            <source>Count the sides: yours has {have}, the target has {want}. How many times does it repeat?</source>
            <translation>Eipapa yke: nde mbaʼe oguereko {have} ha jehupytyrã {want}. ¿Mboy jeýpa ojejapo jey?</translation>
        </message>
        <message>
            <source>The shape does not close: the turtle has to get back to where it started.</source>
            <translation>Taʼãnga noñembotýi: karumbe ojevyvaʼerã oñepyrũhápe.</translation>
        </message>
        <message>
            <source>Almost! The shape is still open. Is a side missing?</source>
            <translation>¡Haimete! Taʼãnga ipeʼapyre gueteri. ¿Ofaltápa peteĩ yke?</translation>
        </message>
        <message>
            <source>There is one turn too many. Find the turn that is left over and take it out.</source>
            <translation>Oĩ peteĩ jere hetavéva. Eheka jere ndaikotevẽiva ha enohẽ.</translation>
        </message>
        <message>
            <source>A turn is left over: the turtle turned more than the target. Which turn can you take out?</source>
            <translation>Peteĩ jere hembýva: karumbe ojere hetave jehupytyrãgui. ¿Mbaʼe jerépa ikatu renohẽ?</translation>
        </message>
        <message>
            <source>A turn is missing: the turtle went straight on where the target turns.</source>
            <translation>Ofalta peteĩ jere: karumbe oho ojereʼỹre jehupytyrã ojereháme.</translation>
        </message>
        <message>
            <source>The turtle forgot to turn here. Add a turn before it keeps walking.</source>
            <translation>Koʼápe karumbe hesarái ojere hag̃ua. Embojoapy peteĩ jere oguata jey mboyve.</translation>
        </message>
        <message>
            <source>The turtle turned the other way: here it has to turn left.</source>
            <translation>Karumbe ojere ambue gotyo: koʼápe ojerevaʼerã asu gotyo.</translation>
        </message>
        <message>
            <source>Right turn instead of left! Change that turn to the left.</source>
            <translation>¡Ojere akatúa gotyo asu rangue! Emoambue upe jere asu gotyo.</translation>
        </message>
        <message>
            <source>The turtle turned the other way: here it has to turn right.</source>
            <translation>Karumbe ojere ambue gotyo: koʼápe ojerevaʼerã akatúa gotyo.</translation>
        </message>
        <message>
            <source>Left turn instead of right! Change that turn to the right.</source>
            <translation>¡Ojere asu gotyo akatúa rangue! Emoambue upe jere akatúa gotyo.</translation>
        </message>
        <message>
            <source>That turn is {have} degrees; the target turns {want} degrees.</source>
            <translation>Upe jere oguereko {have} grado; jehupytyrã ojere {want} grado.</translation>
        </message>
        <message>
            <source>Check the angle: you turned {have} degrees, and it needs {want}.</source>
            <translation>Ehecha jey ángulo: rejere {have} grado ha tekotevẽ {want}.</translation>
        </message>
        <message>
            <source>That line is {have} steps long; it should be {want}.</source>
            <translation>Upe tysýi ipuku {have} pyrũ; ipukuvaʼerã {want}.</translation>
        </message>
        <message>
            <source>That line is too long: {have} steps instead of {want}.</source>
            <translation>Upe tysýi ipukueterei: {have} pyrũ {want} rangue.</translation>
        </message>
        <message>
            <source>That line is too short: {have} steps instead of {want}.</source>
            <translation>Upe tysýi imbykyeterei: {have} pyrũ {want} rangue.</translation>
        </message>
        <message>
            <source>There is one line that is not in the target (it is shown in red).</source>
            <translation>Oĩ peteĩ tysýi ndoĩriva jehupytyrãme (ojehecha pytãme).</translation>
        </message>
        <message>
            <source>Almost! One line is left over: the red one.</source>
            <translation>¡Haimete! Hembýva peteĩ tysýi: pe pytã.</translation>
        </message>
        <message>
            <source>There are {count} lines that are not in the target (the first one is shown in red).</source>
            <translation>Oĩ {count} tysýi ndoĩriva jehupytyrãme (peteĩha ojehecha pytãme).</translation>
        </message>
        <message>
            <source>Almost! {count} lines are left over; the first one is red.</source>
            <translation>¡Haimete! Hembýva {count} tysýi; peteĩha oĩ pytãme.</translation>
        </message>
        <message>
            <source>One line of the target is still missing (it is shown in red).</source>
            <translation>Ofalta gueteri peteĩ tysýi jehupytyrãgua (ojehecha pytãme).</translation>
        </message>
        <message>
            <source>You are nearly there: one line is missing, the red one.</source>
            <translation>Haimete: ofalta peteĩ tysýi, pe pytã.</translation>
        </message>
        <message>
            <source>{count} lines of the target are still missing (the first one is shown in red).</source>
            <translation>Ofalta gueteri {count} tysýi jehupytyrãgua (peteĩha ojehecha pytãme).</translation>
        </message>
        <message>
            <source>Keep going: {count} lines are still missing; the first one is red.</source>
            <translation>Eho upéicha: ofalta gueteri {count} tysýi; peteĩha oĩ pytãme.</translation>
        </message>
        <message>
            <source>Your drawing has the right shape, but it is in another place. Check where the turtle starts.</source>
            <translation>Nde taʼãnga iforma porã, ha katu oĩ ambue tendápe. Ehecha moõpa oñepyrũ karumbe.</translation>
        </message>
        <message>
            <source>Good shape! It just has to be in the same place as the target.</source>
            <translation>¡Iforma porã! Oĩvaʼerã añoite jehupytyrã oĩháme.</translation>
        </message>
        <message>
            <source>The turtle drew where the target has a gap. Lift the pen before moving there, and put it down again.</source>
            <translation>Karumbe ohai jehupytyrã oguerekohápe peteĩ paʼũ. Embojupi haiha reho mboyve upépe, ha upéi emboguejy jey.</translation>
        </message>
        <message>
            <source>Here the pen had to be up: the target does not join these pieces.</source>
            <translation>Koʼápe haiha oĩvaʼerãmoʼã yvate: jehupytyrã nombojoajúi koʼã pehẽngue.</translation>
        </message>
        <message>
            <source>Part of your drawing is not in the target (it is shown in red).</source>
            <translation>Peteĩ pehẽngue nde taʼãngagua ndoĩri jehupytyrãme (ojehecha pytãme).</translation>
        </message>
        <message>
            <source>Look at the red part: the target does not have it. Is the size right?</source>
            <translation>Emaña pehẽngue pytãre: jehupytyrã ndoguerekói. ¿Ituichakue porãpa?</translation>
        </message>
        <message>
            <source>Part of the target is not drawn yet (it is shown in red).</source>
            <translation>Peteĩ pehẽngue jehupytyrãgua ndojehaíri gueteri (ojehecha pytãme).</translation>
        </message>
        <message>
            <source>The red part of the target is still missing. Is the circle big enough, or whole?</source>
            <translation>Ofalta gueteri pehẽngue pytã jehupytyrãgua. ¿Apuʼa ituichakue porãpa? ¿Oĩmbápa?</translation>
        </message>
        <message>
            <source>This line should be in {want}, not in {have}.</source>
            <translation>Ko tysýi saʼy haʼevaʼerã {want}, ndahaʼéi {have}.</translation>
        </message>
        <message>
            <source>Right line, other colour: it has to be {want}.</source>
            <translation>Tysýi oĩ porã, saʼy katu nahániri: oĩvaʼerã {want}.</translation>
        </message>
        <message>
            <source>The program did not show anything. It should show: {want}</source>
            <translation>Programa ndohechaukái mbaʼeve. Ohechaukavaʼerãmoʼã: {want}</translation>
        </message>
        <message>
            <source>Shown line {number} says “{have}”; it should say “{want}”.</source>
            <translation>Tysýi {number} ojehechaukáva heʼi «{have}»; heʼivaʼerãmoʼã «{want}».</translation>
        </message>
        <message>
            <source>Check shown line {number}: it should be “{want}”, not “{have}”.</source>
            <translation>Ehecha jey tysýi {number} ojehechaukáva: haʼevaʼerã «{want}», ndahaʼéi «{have}».</translation>
        </message>
        <message>
            <source>A shown line is missing: line {number} should say “{want}”.</source>
            <translation>Ofalta peteĩ tysýi ojehechaukavaʼerã: tysýi {number} heʼivaʼerãmoʼã «{want}».</translation>
        </message>
        <message>
            <source>Something extra is shown on line {number}: “{have}”.</source>
            <translation>Tysýi {number}-pe ojehechauka peteĩ mbaʼe hembýva: «{have}».</translation>
        </message>
        <message>
            <source>This challenge asks you to use a repeat loop.</source>
            <translation>Ko desafío ojerure reipuru repetir.</translation>
        </message>
        <message>
            <source>Now try it with a repeat loop, so you do not write the same thing many times.</source>
            <translation>Koʼág̃a eñehaʼã repetir reheve, ani hag̃ua rehai peteĩ mbaʼe heta jey.</translation>
        </message>
        <message>
            <source>This challenge asks you to use {what}.</source>
            <translation>Ko desafío ojerure reipuru {what}.</translation>
        </message>
        <message>
            <source>This challenge asks you to use an if (a decision).</source>
            <translation>Ko desafío ojerure reipuru peteĩ if (peteĩ jeporavo).</translation>
        </message>
        <message>
            <source>This challenge asks you to make your own block with def.</source>
            <translation>Ko desafío ojerure rejapo nde bloque tee def reheve.</translation>
        </message>
        <message>
            <source>This challenge asks you to use a variable (a name that keeps a value).</source>
            <translation>Ko desafío ojerure reipuru peteĩ variable (peteĩ téra oñongatúva peteĩ valor).</translation>
        </message>
        <message>
            <source>Your program has {have} blocks; this challenge allows {max} at most. Can a repeat help?</source>
            <translation>Nde programa oguereko {have} bloque; ko desafío omoneĩ {max} peve añoite. ¿Nepytyvõtapa peteĩ repetir?</translation>
        </message>
        <message>
            <source>Your program has {have} instructions; this challenge allows {max} at most. Can a loop help?</source>
            <translation>Nde programa oguereko {have} instrucción; ko desafío omoneĩ {max} peve añoite. ¿Nepytyvõtapa peteĩ bucle?</translation>
        </message>
        <message>
            <source>Your program has {have} lines; this challenge allows {max} at most.</source>
            <translation>Nde programa oguereko {have} tysýi; ko desafío omoneĩ {max} peve añoite.</translation>
        </message>
        <message>
            <source>Solved! It can also be done with {ideal} blocks (yours has {have}). Want to try?</source>
            <translation>¡Osẽ porã! Ikatu avei ojejapo {ideal} bloque reheve (nde mbaʼe oguereko {have}). ¿Reñehaʼãsépa?</translation>
        </message>
        <message>
            <source>Solved! It can also be done with {ideal} instructions (yours has {have}). Want to try?</source>
            <translation>¡Osẽ porã! Ikatu avei ojejapo {ideal} instrucción reheve (nde mbaʼe oguereko {have}). ¿Reñehaʼãsépa?</translation>
        </message>
        <message>
            <source>The spaces at the start of the line do not line up. Lines inside a repeat or an if go a bit to the right, all the same.</source>
            <translation>Umi paʼũ tysýi ñepyrũme ndojojái. Umi tysýi oĩva peteĩ repetir térã peteĩ if ryepýpe oho michĩmi akatúa gotyo, opavave peteĩcha.</translation>
        </message>
        <message>
            <source>Something opened is not closed: check that every ( has its ) and every quote its pair.</source>
            <translation>Oĩ mbaʼe ojepeʼáva ha noñembotýiva: ehecha peteĩteĩ ( oguerekópa ijoja ) ha peteĩteĩ comilla avei ijoja.</translation>
        </message>
        <message>
            <source>This line is too complicated. Split it into shorter lines.</source>
            <translation>Ko tysýi hasyeterei. Embojaʼo tysýi mbykyvévape.</translation>
        </message>
        <message>
            <source>The turtle cannot read this line. Check the brackets, the colon : and the spelling.</source>
            <translation>Karumbe ndaikatúi omoñeʼẽ ko tysýi. Ehecha jey paréntesis, mokõi kyta : ha mbaʼéichapa ojehai.</translation>
        </message>
        <message>
            <source>Something is written wrongly here. Compare it with an example: brackets, colon, spelling.</source>
            <translation>Koʼápe oĩ mbaʼe ojehai vaíva. Embojoja peteĩ techapyrã ndive: paréntesis, mokõi kyta, tai.</translation>
        </message>
        <message>
            <source>{thing} is not part of the turtle's language. Try it with the commands you know.</source>
            <translation>{thing}: upéva ndahaʼéi karumbe ñeʼẽmegua. Eñehaʼã umi comando reikuaáva reheve.</translation>
        </message>
        <message>
            <source>Names starting with _ are not allowed, like {name}. Pick another name.</source>
            <translation>Ndaikatúi ojepuru téra oñepyrũva _ reheve, haʼeháicha {name}. Eiporavo ambue téra.</translation>
        </message>
        <message>
            <source>{name} is not part of the turtle's language. Use the commands from the list.</source>
            <translation>{name} ndahaʼéi karumbe ñeʼẽmegua. Eipuru umi comando oĩva listápe.</translation>
        </message>
        <message>
            <source>{name} is already the name of a command. Choose another name for yours.</source>
            <translation>{name} haʼéma peteĩ comando réra. Eiporavo ambue téra nde mbaʼépe guarã.</translation>
        </message>
        <message>
            <source>The turtle does not know the command {name}. Did you mean {suggestion}?</source>
            <translation>Karumbe ndoikuaái comando {name}. ¿Reipotápa reʼe {suggestion}?</translation>
        </message>
        <message>
            <source>The turtle does not know {name}. Did you mean {suggestion}?</source>
            <translation>Karumbe ndoikuaái {name}. ¿Reipotápa reʼe {suggestion}?</translation>
        </message>
        <message>
            <source>The turtle does not know the command {name}.</source>
            <translation>Karumbe ndoikuaái comando {name}.</translation>
        </message>
        <message>
            <source>{name} is not a command the turtle knows. Check how it is spelled.</source>
            <translation>{name} ndahaʼéi peteĩ comando karumbe oikuaáva. Ehecha jey mbaʼéichapa ojehai.</translation>
        </message>
        <message>
            <source>{word} only works inside a loop.</source>
            <translation>{word} oiko peteĩ bucle ryepýpe añoite.</translation>
        </message>
        <message>
            <source>return only works inside your own block (def).</source>
            <translation>return oiko nde bloque tee (def) ryepýpe añoite.</translation>
        </message>
        <message>
            <source>{name} has no value yet. Give it one first, for example {name} = 10.</source>
            <translation>{name} ndoguerekói gueteri valor. Emeʼẽ chupe peteĩ raẽ, techapyrã {name} = 10.</translation>
        </message>
        <message>
            <source>The turtle does not know what {name} is. Is it spelled right, and did it get a value before?</source>
            <translation>Karumbe ndoikuaái mbaʼépa {name}. ¿Ojehai porãpa? ¿Remeʼẽpa chupe peteĩ valor yma?</translation>
        </message>
        <message>
            <source>Inside your block, {name} is used before it gets a value. Give it a value first.</source>
            <translation>Nde bloque ryepýpe, {name} ojepuru oguereko mboyve peteĩ valor. Emeʼẽ chupe peteĩ valor raẽ.</translation>
        </message>
        <message>
            <source>The program went on and on, so the turtle stopped. Is there a loop that never ends?</source>
            <translation>Programa oho ha oho, upévare karumbe opyta. ¿Oĩpa peteĩ bucle arakaʼeve opáiva?</translation>
        </message>
        <message>
            <source>Too many steps! Check that every while loop can finish.</source>
            <translation>¡Hetaiterei pyrũ! Ehecha peteĩteĩ bucle while ikatúpa opa.</translation>
        </message>
        <message>
            <source>The turtle made too many moves ({limit} at most). Is there a loop that never ends, or a repeat with a very big number?</source>
            <translation>Karumbe omýi hetaiterei jey ({limit} peve añoite). ¿Oĩpa peteĩ bucle arakaʼeve opáiva, térã peteĩ repetir orekóva papapy tuichaiterei?</translation>
        </message>
        <message>
            <source>A number got far too big. Use smaller numbers.</source>
            <translation>Peteĩ papapy okakuaaiterei. Eipuru papapy michĩvéva.</translation>
        </message>
        <message>
            <source>This calculation does not give an ordinary number. Check the numbers around {op}.</source>
            <translation>Ko ñeipapa nomeʼẽi peteĩ papapy jepiguáva. Ehecha jey umi papapy oĩva {op} ykére.</translation>
        </message>
        <message>
            <source>{name} now keeps a value, so it cannot be used like a block. Give the value another name.</source>
            <translation>{name} koʼág̃a oñongatu peteĩ valor, upévare ndaikatúi ojepuru bloque-icha. Emeʼẽ ambue téra upe valor-pe.</translation>
        </message>
        <message>
            <source>A text got far too long ({limit} letters at most).</source>
            <translation>Peteĩ jehaipyre ipukueterei ({limit} tai peve añoite).</translation>
        </message>
        <message>
            <source>A list got far too big ({limit} at most). Use smaller numbers.</source>
            <translation>Peteĩ lista ituichaiterei ({limit} peve añoite). Eipuru papapy michĩvéva.</translation>
        </message>
        <message>
            <source>Your block called itself too many times, like a mirror in front of a mirror. Give it a way to stop.</source>
            <translation>Nde bloque ohenói ijupe hetaiterei jey, peteĩ espejo ambue espejo renondépe oĩháicha. Emeʼẽ chupe peteĩ tape opyta hag̃ua.</translation>
        </message>
        <message>
            <source>The program showed too many lines. Show less, or show it fewer times.</source>
            <translation>Programa ohechauka hetaiterei tysýi. Ehechauka saʼive, térã saʼive jey.</translation>
        </message>
        <message>
            <source>You cannot divide by zero. Check the number after {op}.</source>
            <translation>Ndaikatúi oñembojaʼo cero-pe. Ehecha jey papapy oúva {op} rire.</translation>
        </message>
        <message>
            <source>{op} does not work with {left} and {right}. Check what each value is.</source>
            <translation>{op} ndoikói {left} ha {right} ndive. Ehecha mbaʼépa peteĩteĩ valor.</translation>
        </message>
        <message>
            <source>{name} needs {expected} here (value number {position}), not {got}.</source>
            <translation>{name} oikotevẽ {expected} koʼápe (valor {position}ha), ndahaʼéi {got}.</translation>
        </message>
        <message>
            <source>Check the brackets of {name}: it needs {expected} and it got {got}.</source>
            <translation>Ehecha jey {name} paréntesis: oikotevẽ {expected} ha ohupyty {got}.</translation>
        </message>
        <message>
            <source>The turtle does not know the colour {color}. Try red, blue or green.</source>
            <translation>Karumbe ndoikuaái saʼy {color}. Eñehaʼã rojo, azul térã verde reheve.</translation>
        </message>
        <message>
            <source>A for loop cannot go through {got}. Use range(...) or a list.</source>
            <translation>Peteĩ bucle for ndaikatúi ohasa {got} rupi. Eipuru rango(...) térã peteĩ lista.</translation>
        </message>
        <message>
            <source>The list has {length} items, so there is no item number {index}. The first one is 0.</source>
            <translation>Lista oguereko {length} mbaʼe, upévare ndaipóri mbaʼe papapy {index}. Peteĩha haʼe 0.</translation>
        </message>
        <message>
            <source>To take an item from a list, use a whole number, not {got}.</source>
            <translation>Renohẽ hag̃ua peteĩ mbaʼe listagui, eipuru peteĩ papapy oĩmbáva, ndahaʼéi {got}.</translation>
        </message>
        <message>
            <source>The program needed too much memory. Use smaller numbers or shorter lists.</source>
            <translation>Programa oikotevẽ hetaiterei memoria. Eipuru papapy michĩvéva térã lista mbykyvéva.</translation>
        </message>
        <message>
            <source>The program took too long, so the turtle stopped it. Is there a loop that never ends?</source>
            <translation>Programa ipukueterei, upévare karumbe ombopyta. ¿Oĩpa peteĩ bucle arakaʼeve opáiva?</translation>
        </message>
        <message>
            <source>The program stopped unexpectedly. Try again with smaller numbers.</source>
            <translation>Programa opyta sapyʼa. Eñehaʼã jey papapy michĩvéva reheve.</translation>
        </message>
        <message>
            <source>Something went wrong here. Check this part of the program, or ask for help.</source>
            <translation>Oĩ mbaʼe ndoikoporãiva koʼápe. Ehecha jey ko programa pehẽngue, térã ejerure pytyvõ.</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Tysýi {n}</translation>
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
            <translation>pytã</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>hovy</translation>
        </message>
        <message>
            <source>green</source>
            <translation>hovyũ</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>sayju</translation>
        </message>
        <message>
            <source>black</source>
            <translation>hũ</translation>
        </message>
        <message>
            <source>white</source>
            <translation>morotĩ</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>narã</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>pytãũ</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>pytãngy</translation>
        </message>
        <message>
            <source>brown</source>
            <translation>marrón</translation>
        </message>
        <message>
            <source>gray</source>
            <translation>tanimbu saʼy</translation>
        </message>
        <message>
            <source>light blue</source>
            <translation>hovy sakã</translation>
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
            <translation>kuarepotiju saʼy</translation>
        </message>
        <message>
            <source>navy blue</source>
            <translation>hovy hũ</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>peteĩ papapy</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>peteĩ jehaipyre</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>añete térã japu</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>peteĩ lista</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>mbaʼeve</translation>
        </message>
        <message>
            <source>a block</source>
            <translation>peteĩ bloque</translation>
        </message>
        <message>
            <source>a colour</source>
            <translation>peteĩ saʼy</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>peteĩ papapy oĩmbáva</translation>
        </message>
        <message>
            <source>a positive number</source>
            <translation>peteĩ papapy 0-gui tuichavéva</translation>
        </message>
        <message>
            <source>a number that is not zero</source>
            <translation>peteĩ papapy ndahaʼéiva 0</translation>
        </message>
        <message>
            <source>a point (x, y)</source>
            <translation>peteĩ kyta (x, y)</translation>
        </message>
        <message>
            <source>a range</source>
            <translation>peteĩ rango</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>The dot (like x.y)</source>
            <translation>Kyta (x.y-pe oĩháicha)</translation>
        </message>
        <message>
            <source>Cutting a list with :</source>
            <translation>Ñekytĩ lista : rupive</translation>
        </message>
        <message>
            <source>Taking an item with [ ]</source>
            <translation>Ñenohẽ peteĩ mbaʼe [ ] rupive</translation>
        </message>
        <message>
            <source>lambda</source>
            <translation>lambda</translation>
        </message>
        <message>
            <source>A loop inside brackets</source>
            <translation>Peteĩ bucle corchete ryepýpe</translation>
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
            <translation>try, raise ha assert</translation>
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
            <translation>Mbyja *</translation>
        </message>
        <message>
            <source>An f-string</source>
            <translation>Peteĩ jehaipyre f"..."</translation>
        </message>
        <message>
            <source>A dictionary { }</source>
            <translation>Peteĩ ñeʼẽryru { }</translation>
        </message>
        <message>
            <source>A set { }</source>
            <translation>Peteĩ aty { }</translation>
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
            <translation>Peteĩ if peteĩ valor ryepýpe</translation>
        </message>
        <message>
            <source>A name= inside the brackets</source>
            <translation>Peteĩ téra= paréntesis ryepýpe</translation>
        </message>
        <message>
            <source>The @ sign</source>
            <translation>Techaukaha @</translation>
        </message>
        <message>
            <source>Default or starred values in def</source>
            <translation>Valor ijypykuéva térã * reheve def-pe</translation>
        </message>
        <message>
            <source>A def inside a def</source>
            <translation>Peteĩ def ambue def ryepýpe</translation>
        </message>
        <message>
            <source>Calling that</source>
            <translation>Upéva ñehenói</translation>
        </message>
        <message>
            <source>More than one name after for</source>
            <translation>Peteĩ téragui hetave for rire</translation>
        </message>
        <message>
            <source>else after a loop</source>
            <translation>else peteĩ bucle rire</translation>
        </message>
        <message>
            <source>The sign {op}</source>
            <translation>Techaukaha {op}</translation>
        </message>
        <message>
            <source>That kind of value</source>
            <translation>Upéichagua valor</translation>
        </message>
        <message>
            <source>A command without brackets</source>
            <translation>Peteĩ comando paréntesisʼỹre</translation>
        </message>
        <message>
            <source>Giving a value to that</source>
            <translation>Ñemeʼẽ peteĩ valor upévape</translation>
        </message>
        <message>
            <source>That</source>
            <translation>Upéva</translation>
        </message>
    </context>
    <context>
        <name>TurtleStudio</name>
        <message>
            <source>Run</source>
            <translation>Mboguata</translation>
        </message>
        <message>
            <source>Step by step</source>
            <translation>Peteĩteĩ pyrũ</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Mopyahu</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Mbegue</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation>Pyaʼe</translation>
        </message>
        <message>
            <source>Show as text</source>
            <translation>Hechauka jehaipyrépe</translation>
        </message>
        <message>
            <source>Your blocks as text</source>
            <translation>Nde bloque-kuéra jehaipyrépe</translation>
        </message>
        <message>
            <source>What the program printed</source>
            <translation>Programa ohechaukavaʼekue</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ñongatu</translation>
        </message>
        <message>
            <source>Save to my gallery</source>
            <translation>Ñongatu che taʼanga rendápe</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Oñeñongatúma</translation>
        </message>
        <message>
            <source>Saved in your gallery</source>
            <translation>Oñeñongatúma nde taʼanga rendápe</translation>
        </message>
        <message>
            <source>Your drawing could not be saved. Tell your teacher.</source>
            <translation>Ndaikatúi oñeñongatu nde taʼanga. Emombeʼu nde mboʼeháragui.</translation>
        </message>
        <message>
            <source>This “repeat” block is empty: put blocks inside it.</source>
            <translation>Ko bloque «repetir» nandi: emoĩ bloque ipype.</translation>
        </message>
        <message>
            <source>Your program is empty: tap a block to add it.</source>
            <translation>Nde programa nandi: ejopy peteĩ bloque rembojoapy hag̃ua.</translation>
        </message>
        <message>
            <source>The program could not run. Try again.</source>
            <translation>Programa ndaikatúi oguata. Eñehaʼã jey.</translation>
        </message>
        <message>
            <source>Something in the program does not work yet.</source>
            <translation>Oĩ mbaʼe programa-pegua ndoikói gueteri.</translation>
        </message>
        <message>
            <source>Block {number} has a problem.</source>
            <translation>Bloque {number} oguereko peteĩ apañuʼãi.</translation>
        </message>
        <message>
            <source>Line {line} has a problem.</source>
            <translation>Tysýi {line} oguereko peteĩ apañuʼãi.</translation>
        </message>
        <message>
            <source>Show as blocks</source>
            <translation>Hechauka bloque-pe</translation>
        </message>
    </context>
    <context>
        <name>TurtleWidget</name>
        <message>
            <source>Coding studio</source>
            <translation>Programación renda</translation>
        </message>
        <message>
            <source>You did it! Your drawing is the one asked for.</source>
            <translation>¡Rehupyty! Nde taʼãnga haʼe pe ojejeruréva.</translation>
        </message>
        <message>
            <source>Not yet: look at the drawing.</source>
            <translation>Ndahaʼéi gueteri: emaña taʼãngare.</translation>
        </message>
        <message>
            <source>Not yet. Change your program and press Run again.</source>
            <translation>Ndahaʼéi gueteri. Emoambue nde programa ha ejopy jey «Mboguata».</translation>
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
            <translation>Taller pyahu</translation>
        </message>
        <message>
            <source>Open a saved register</source>
            <translation>Eipeʼa lista oñeñongatúva</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>For example: Take care of your secrets</source>
            <translation>Techapyrã: Eñangareko nde ñemíre</translation>
        </message>
        <message>
            <source>Name of the workshop</source>
            <translation>Taller réra</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ára</translation>
        </message>
        <message>
            <source>Date of the workshop</source>
            <translation>Taller ára</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Class of the workshop</source>
            <translation>Taller clase</translation>
        </message>
        <message>
            <source>Type a name, then Enter to tick it</source>
            <translation>Ehai peteĩ téra ha ejopy Enter remarka hag̃ua</translation>
        </message>
        <message>
            <source>Find a learner</source>
            <translation>Heka temimboʼe</translation>
        </message>
        <message>
            <source>Tick the whole class</source>
            <translation>Marka opavave clase-pegua</translation>
        </message>
        <message>
            <source>Tick every learner of the class, then tap the absent to untick them</source>
            <translation>Emarka opavave temimboʼe clase-pegua; upéi epoko ndouivaʼekuépe reipeʼa hag̃ua chugui marka</translation>
        </message>
        <message>
            <source>Learners: tick who came</source>
            <translation>Temimboʼe: emarka mávapa ou</translation>
        </message>
        <message>
            <source>People without an account</source>
            <translation>Tapicha ndorekóiva cuenta</translation>
        </message>
        <message>
            <source>Children 8 to 11</source>
            <translation>Mitã 8 guive 11 peve</translation>
        </message>
        <message>
            <source>Teens 12 to 17</source>
            <translation>Mitãrusu 12 guive 17 peve</translation>
        </message>
        <message>
            <source>Adult learners</source>
            <translation>Temimboʼe tuicháva</translation>
        </message>
        <message>
            <source>Parents or caregivers</source>
            <translation>Sy, túva térã oñangarekóva</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Mboʼehára</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>Ñongatu jeju</translation>
        </message>
        <message>
            <source>No class (open to everyone)</source>
            <translation>Clase ỹre (opavavépe guarã)</translation>
        </message>
        <message>
            <source>Open a saved register…</source>
            <translation>Eipeʼa lista oñeñongatúva…</translation>
        </message>
        <message>
            <source>{date} · {title} ({people})</source>
            <translation>{date} · {title} ({people})</translation>
        </message>
        <message numerus="yes">
            <source>The class's %n member(s) come first, then everyone else.</source>
            <translation>
                <numerusform>Raẽ %n tapicha clase-pegua, upéi ambue opavave.</numerusform>
            </translation>
        </message>
        <message>
            <source>No learners yet: count the people with the counters.</source>
            <translation>Ndaipóri gueteri temimboʼe: epapa tapichakuérape papaha rupive.</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n temimboʼe</numerusform>
            </translation>
        </message>
        <message>
            <source>8 to 11</source>
            <translation>8 guive 11 peve</translation>
        </message>
        <message>
            <source>12 to 17</source>
            <translation>12 guive 17 peve</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Tapicha tuicháva</translation>
        </message>
        <message>
            <source>{name}  ·  {age}  ·  in the class</source>
            <translation>{name}  ·  {age}  ·  clase-pegua</translation>
        </message>
        <message>
            <source>{name}  ·  {age}</source>
            <translation>{name}  ·  {age}</translation>
        </message>
        <message numerus="yes">
            <source>Ticked the %n member(s) of the class: tap the absent to untick them.</source>
            <translation>
                <numerusform>Remarka %n temimboʼe clase-pegua: epoko ndouivaʼekuépe reipeʼa hag̃ua chugui marka.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ticked: {count}</source>
            <translation>Oñemarkáva: {count}</translation>
        </message>
        <message numerus="yes">
            <source>Total: %n person(s)</source>
            <translation>
                <numerusform>Opaite: %n tapicha</numerusform>
            </translation>
        </message>
        <message>
            <source>Register: {title}</source>
            <translation>Lista: {title}</translation>
        </message>
        <message>
            <source>Write the name of the workshop first.</source>
            <translation>Raẽ ehai taller réra.</translation>
        </message>
        <message>
            <source>Tick at least one person, or count the people without an account.</source>
            <translation>Emarka peteĩ tapicha michĩvéramo, térã epapa tapicha ndorekóivape cuenta.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n person(s) at “{title}”.</source>
            <translation>
                <numerusform>Oñeñongatu: %n tapicha «{title}»-pe.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Names</name>
        <message>
            <source>move forward</source>
            <translation>jeho tenonde</translation>
        </message>
        <message>
            <source>move back</source>
            <translation>jeho tapykue</translation>
        </message>
        <message>
            <source>turn right</source>
            <translation>jere akatúa gotyo</translation>
        </message>
        <message>
            <source>turn left</source>
            <translation>jere asu gotyo</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>japo jey</translation>
        </message>
        <message>
            <source>pen up</source>
            <translation>mbojupi haiha</translation>
        </message>
        <message>
            <source>pen down</source>
            <translation>mboguejy haiha</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>saʼy</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>apuʼa</translation>
        </message>
        <message>
            <source>make my block</source>
            <translation>ajapo che bloque</translation>
        </message>
        <message>
            <source>use</source>
            <translation>puru</translation>
        </message>
        <message>
            <source>times</source>
            <translation>jey</translation>
        </message>
        <message>
            <source>red</source>
            <translation>pytã</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>hovy</translation>
        </message>
        <message>
            <source>green</source>
            <translation>hovyũ</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>narã</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>pytãũ</translation>
        </message>
        <message>
            <source>black</source>
            <translation>hũ</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>sayju</translation>
        </message>
    </context>
</TS>
