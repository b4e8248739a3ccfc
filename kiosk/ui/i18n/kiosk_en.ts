<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddMembersDialog</name>
        <message numerus="yes">
            <source>Add %n learner(s)</source>
            <translation>
                <numerusform>Add %n learner</numerusform>
                <numerusform>Add %n learners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssignView</name>
        <message numerus="yes">
            <source>the %n learner(s) chosen</source>
            <translation>
                <numerusform>the %n learner chosen</numerusform>
                <numerusform>the %n learners chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceExport</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) added to “{name}”.</source>
            <translation>
                <numerusform>%n learner added to “{name}”.</numerusform>
                <numerusform>%n learners added to “{name}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each of the %n learner(s) gets 4 new secret pictures, and their cards are saved as a PDF to print. The pictures they use now will stop working. Hand each card to its owner.</source>
            <translation>
                <numerusform>The learner gets 4 new secret pictures, and their card is saved as a PDF to print. The pictures they use now will stop working. Hand the card to its owner.</numerusform>
                <numerusform>Each of the %n learners gets 4 new secret pictures, and their cards are saved as a PDF to print. The pictures they use now will stop working. Hand each card to its owner.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Done: %n demo learner(s) in {home}</source>
            <translation>
                <numerusform>Done: %n demo learner in {home}</numerusform>
                <numerusform>Done: %n demo learners in {home}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n learner visit(s) of today in {home}</source>
            <translation>
                <numerusform>Added %n learner visit of today in {home}</numerusform>
                <numerusform>Added %n learner visits of today in {home}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n figure(s) in {batches}: {accepted}, {refused}.</source>
            <translation>
                <numerusform>Sent %n figure in {batches}: {accepted}, {refused}.</numerusform>
                <numerusform>Sent %n figures in {batches}: {accepted}, {refused}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>%n accepted</numerusform>
                <numerusform>%n accepted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s), with the enrolment code</source>
            <translation>
                <numerusform>%n figure, with the enrolment code</numerusform>
                <numerusform>%n figures, with the enrolment code</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s)</source>
            <translation>
                <numerusform>%n figure</numerusform>
                <numerusform>%n figures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) to lessons</source>
            <translation>
                <numerusform>%n visit to lessons</numerusform>
                <numerusform>%n visits to lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificate</numerusform>
                <numerusform>%n certificates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s)</source>
            <translation>
                <numerusform>%n sign-in</numerusform>
                <numerusform>%n sign-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContentWords</name>
        <message numerus="yes">
            <source>The pack's lessons have %n problem(s), the same ones «kiosk lessons check» finds; nothing was installed.</source>
            <translation>
                <numerusform>The pack's lessons have %n problem, the same one «kiosk lessons check» finds; nothing was installed.</numerusform>
                <numerusform>The pack's lessons have %n problems, the same ones «kiosk lessons check» finds; nothing was installed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DifficultView</name>
        <message numerus="yes">
            <source>“{lesson}” — {prompt}: answered by %n learner(s)</source>
            <translation>
                <numerusform>“{lesson}” — {prompt}: answered by %n learner</numerusform>
                <numerusform>“{lesson}” — {prompt}: answered by %n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s): too few to show the answers without pointing at someone.</source>
            <translation>
                <numerusform>Answered by %n learner: too few to show the answers without pointing at someone.</numerusform>
                <numerusform>Answered by %n learners: too few to show the answers without pointing at someone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Answered by %n learner(s); only these counts are shown, never who chose what.</source>
            <translation>
                <numerusform>Answered by %n learner; only these counts are shown, never who chose what.</numerusform>
                <numerusform>Answered by %n learners; only these counts are shown, never who chose what.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DoctorWords</name>
        <message numerus="yes">
            <source>Problem: the database is damaged (quick_check found %n problem(s)).</source>
            <translation>
                <numerusform>Problem: the database is damaged (quick_check found %n problem).</numerusform>
                <numerusform>Problem: the database is damaged (quick_check found %n problems).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportsPage</name>
        <message numerus="yes">
            <source>Showing the first {shown} of %n row(s); the file has all of them.</source>
            <translation>
                <numerusform>Showing the first {shown} of %n row; the file has all of them.</numerusform>
                <numerusform>Showing the first {shown} of %n rows; the file has all of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s), the same as in the file.</source>
            <translation>
                <numerusform>%n row, the same as in the file.</numerusform>
                <numerusform>%n rows, the same as in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n row(s)</source>
            <translation>
                <numerusform>{done} of %n row</numerusform>
                <numerusform>{done} of %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForgotPinView</name>
        <message numerus="yes">
            <source>That recovery code is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>That recovery code is not right. You have %n more try.</numerusform>
                <numerusform>That recovery code is not right. You have %n more tries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message numerus="yes">
            <source>Your session will close in %n second(s) so that nobody else uses it.</source>
            <translation>
                <numerusform>Your session will close in %n second so that nobody else uses it.</numerusform>
                <numerusform>Your session will close in %n seconds so that nobody else uses it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>{bad} of %n row(s) have a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</source>
            <translation>
                <numerusform>{bad} of %n row has a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</numerusform>
                <numerusform>{bad} of %n rows have a problem (highlighted). Nothing is imported while a row has a problem: fix the file and choose it again, or import only the valid rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s) are ready to import.</source>
            <translation>
                <numerusform>%n learner is ready to import.</numerusform>
                <numerusform>%n learners are ready to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n learner(s)</source>
            <translation>
                <numerusform>Import %n learner</numerusform>
                <numerusform>Import %n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Import only the valid row</numerusform>
                <numerusform>Import only the %n valid rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearnerActions</name>
        <message numerus="yes">
            <source>%n lesson visit(s)</source>
            <translation>
                <numerusform>%n lesson visit</numerusform>
                <numerusform>%n lesson visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificate</numerusform>
                <numerusform>%n certificates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message numerus="yes">
            <source>Time in lessons: {time} · %n visit(s) · last visit: {date}</source>
            <translation>
                <numerusform>Time in lessons: {time} · %n visit · last visit: {date}</numerusform>
                <numerusform>Time in lessons: {time} · %n visits · last visit: {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockWait</name>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Too many wrong tries. Wait %n second and try again.</numerusform>
                <numerusform>Too many wrong tries. Wait %n seconds and try again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Wait %n minute(s) and try again.</source>
            <translation>
                <numerusform>Too many wrong tries. Wait %n minute and try again.</numerusform>
                <numerusform>Too many wrong tries. Wait %n minutes and try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchWidget</name>
        <message numerus="yes">
            <source>%n pair(s) to look at again:</source>
            <translation>
                <numerusform>%n pair to look at again:</numerusform>
                <numerusform>%n pairs to look at again:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleCard</name>
        <message numerus="yes">
            <source>{done} of %n lesson(s) done</source>
            <translation>
                <numerusform>{done} of %n lesson done</numerusform>
                <numerusform>{done} of %n lessons done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PicturePanel</name>
        <message numerus="yes">
            <source>Tap your %n secret pictures, in order</source>
            <translation>
                <numerusform>Tap your secret picture</numerusform>
                <numerusform>Tap your %n secret pictures, in order</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose %n secret pictures, in order</source>
            <translation>
                <numerusform>Choose a secret picture</numerusform>
                <numerusform>Choose %n secret pictures, in order</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Those are not your pictures. Try again slowly: you have %n try(s) left.</source>
            <translation>
                <numerusform>Those are not your pictures. Try again slowly: you have %n try left.</numerusform>
                <numerusform>Those are not your pictures. Try again slowly: you have %n tries left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a break. You can try again in %n minute(s). If you forgot your pictures, ask your teacher.</source>
            <translation>
                <numerusform>Let’s take a break. You can try again in %n minute. If you forgot your pictures, ask your teacher.</numerusform>
                <numerusform>Let’s take a break. You can try again in %n minutes. If you forgot your pictures, ask your teacher.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Let’s take a short break. You can try again in %n second(s). If you forgot your pictures, ask the facilitator.</source>
            <translation>
                <numerusform>Let’s take a short break. You can try again in %n second. If you forgot your pictures, ask the facilitator.</numerusform>
                <numerusform>Let’s take a short break. You can try again in %n seconds. If you forgot your pictures, ask the facilitator.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Now tap the same %n pictures again</source>
            <translation>
                <numerusform>Now tap the same picture again</numerusform>
                <numerusform>Now tap the same %n pictures again</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReachChart</name>
        <message numerus="yes">
            <source>%n learner(s) with an account</source>
            <translation>
                <numerusform>%n learner with an account</numerusform>
                <numerusform>%n learners with an account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) without an account</source>
            <translation>
                <numerusform>%n person without an account</numerusform>
                <numerusform>%n people without an account</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterImportFlow</name>
        <message numerus="yes">
            <source>%n learner(s) imported.</source>
            <translation>
                <numerusform>%n learner imported.</numerusform>
                <numerusform>%n learners imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems were left out.</source>
            <translation>
                <numerusform>%n row with problems was left out.</numerusform>
                <numerusform>%n rows with problems were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SortWidget</name>
        <message numerus="yes">
            <source>%n of {total} in the right place. Look at the ones in orange.</source>
            <translation>
                <numerusform>%n of {total} in the right place. Look at the ones in orange.</numerusform>
                <numerusform>%n of {total} in the right place. Look at the ones in orange.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotWidget</name>
        <message numerus="yes">
            <source>Find %n warning sign(s): tap each one to mark it, then press “Check”.</source>
            <translation>
                <numerusform>Find %n warning sign: tap it to mark it, then press “Check”.</numerusform>
                <numerusform>Find %n warning signs: tap each one to mark it, then press “Check”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) still to find.</source>
            <translation>
                <numerusform>%n warning sign still to find.</numerusform>
                <numerusform>%n warning signs still to find.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffRow</name>
        <message numerus="yes">
            <source>Locked: %n more minute(s)</source>
            <translation>
                <numerusform>Locked: %n more minute</numerusform>
                <numerusform>Locked: %n more minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffSignInPanel</name>
        <message numerus="yes">
            <source>That PIN is not right. You have %n more try(s).</source>
            <translation>
                <numerusform>That PIN is not right. You have one more try.</numerusform>
                <numerusform>That PIN is not right. You have %n more tries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>The server refused one figure: {reasons}</numerusform>
                <numerusform>The server refused %n figures: {reasons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) still waiting in the copy were left to the original kiosk.</source>
            <translation>
                <numerusform>%n figure still waiting in the copy was left to the original kiosk.</numerusform>
                <numerusform>%n figures still waiting in the copy were left to the original kiosk.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <source>The server refused %n figure(s): {reasons}</source>
            <translation>
                <numerusform>The server refused one figure: {reasons}</numerusform>
                <numerusform>The server refused %n figures: {reasons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n figure(s).</source>
            <translation>
                <numerusform>Sent: one figure.</numerusform>
                <numerusform>Sent: %n figures.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopsPage</name>
        <message numerus="yes">
            <source>The class's %n member(s) come first, then everyone else.</source>
            <translation>
                <numerusform>The class's member comes first, then everyone else.</numerusform>
                <numerusform>The class's %n members come first, then everyone else.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ticked the %n member(s) of the class: tap the absent to untick them.</source>
            <translation>
                <numerusform>Ticked the %n member of the class: tap them if absent to untick.</numerusform>
                <numerusform>Ticked the %n members of the class: tap the absent to untick them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total: %n person(s)</source>
            <translation>
                <numerusform>Total: %n person</numerusform>
                <numerusform>Total: %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n person(s) at “{title}”.</source>
            <translation>
                <numerusform>Saved: %n person at “{title}”.</numerusform>
                <numerusform>Saved: %n people at “{title}”.</numerusform>
            </translation>
        </message>
    </context>
</TS>
