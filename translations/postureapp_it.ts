<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Riprendi le pause con esercizi…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Riprendi le pause con esercizi</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Aggiungi un calendario</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Un file o una cartella di file .ics</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Un indirizzo web (abbonamento iCalendar)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Un account CalDAV (sola lettura)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>La password è conservata nel portachiavi del tuo desktop, mai in un file.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Scegli un file di calendario</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Qui le password non si possono conservare: nessun portachiavi disponibile.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Riprendi le pause con esercizi…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Esercizi…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>Informazioni &amp;&amp; sicurezza…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>È ora di una pausa</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Si apre appena smetti di scrivere per un momento.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Mostra ora</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — è ora di una pausa</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Tipo di pausa e avanzamento</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Tempo rimasto in questa pausa</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>A che punto sei della pausa</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Immagine del passo</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo rimasto in questo passo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Cosa viene dopo</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Attenzione per questo esercizio</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Tutte le avvertenze</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Leggi tutte le avvertenze di questo esercizio</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Muoviti con dolcezza e solo fin dove è comodo. Fermati subito se qualcosa fa male.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Fa &amp;male — fermati</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Fa male — fermati</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Termina subito la pausa e scopri quando chiedere aiuto</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Salta (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Salta questa pausa</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Rimanda</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Rimanda questa pausa di qualche minuto</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Hai rimandato tutte le volte di fila consentite.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Termina ora la pausa; prima della fine conta come terminata in anticipo</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Quasi finito — ben fatto.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>passo {0} di {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>Poi: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Poi: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>PAUSA LUNGA · ESERCIZIO {0} DI {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>PAUSA BREVE</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira lentamente</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>mancano {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Avvertenze: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Ben fatto. Si torna al lavoro.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Le pause continuano a usare la sua copia del {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Non c’è una copia precedente, quindi i suoi eventi non sono noti.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>Non è stato possibile leggere il calendario «{0}»: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: file {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: indirizzo web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} come {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Aggiungi un calendario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Rimuovi il calendario scelto</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Nessun calendario: le pause seguono solo l’orologio.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pause fatte</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasso di completamento</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Serie (giorni)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tempo di esercizio</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidità</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Seduto dritto</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} su {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} terminate in anticipo, {1} saltate o rimandate</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>nessun promemoria in questo periodo</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>dei promemoria completati</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>giorni con {0} o più pause fatte</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>migliore {0} · obiettivo {1} al giorno</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>{0} al giorno in media</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, prima e ultima settimana valutate</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, un giorno valutato</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>nessuna valutazione in questo periodo</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>un segnale d’allarme in 1 giorno</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>un segnale d’allarme in {0} giorni</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>del tempo in cui la fotocamera ti ha visto in questo periodo</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — come va?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Segnali d’allarme</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Come senti oggi la parte alta della schiena?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Meglio di prima</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Più o meno uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Peggio di prima</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Quanto rigida, da 0 (per niente) a 10? Facoltativo.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Rigidità {0} su 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 è per niente rigida, 10 è molto rigida</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>C’è qualcos’altro che non va</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>C’è qualcos’altro che non va: mostra i segnali</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Non ora, chiudi la domanda</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Grazie di avercelo detto. Se uno di questi segnali corrisponde, rivolgiti a un medico; quello d’emergenza richiede cure immediate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Chiudi i segnali d’allarme</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Come è andata</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Rigidità (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now: nessun esercizio con l’id {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: le pause con esercizi sono sospese per la tua sicurezza; riprendile da «Informazioni &amp; sicurezza» (postureapp open about) dopo che un medico ha controllato, o quando è passato</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>c’è già una pausa sullo schermo</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>nessun esercizio si adatta alle tue impostazioni</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>questo esercizio è disattivato nelle tue impostazioni</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: serve un argomento</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>nessuna pausa sullo schermo</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>la modalità rigorosa è attiva: le pause non si possono saltare</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Nessun esercizio si adatta alle tue impostazioni per una pausa lunga. Controlla le zone del corpo e le posizioni nelle Impostazioni, o la tua cartella di esercizi.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Nessun esercizio si adatta alle tue impostazioni per una pausa breve. Controlla le zone del corpo e le posizioni nelle Impostazioni, o la tua cartella di esercizi.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Completate</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminate in anticipo</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Saltate o rimandate</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Obiettivo della serie</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidità</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Segnale d’allarme indicato</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>rigidità</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Oggi {0}; massimo in un giorno {1}; l’obiettivo di {2} è stato raggiunto in {3} giorni su {4}</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} barre; pause completate nell’ultima: {1}, il massimo in una: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; un segnale d’allarme è stato indicato in {0} di esse</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Come senti oggi la parte alta della schiena?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Rispetto a prima. «Altro…» valuta la rigidità o segnala un segnale d’allarme.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Una pausa lunga</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Una pausa breve</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} tra {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Tra {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Finisci il tuo pensiero; la pausa inizia quando il conto alla rovescia arriva a zero.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;Non più questo</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Non più questo</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Non proporre più questo esercizio; si annulla in Impostazioni, Esercizi</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Più spesso</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Più spesso</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Proporre questo esercizio più spesso</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Nuovo esercizio</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Modifica esercizio</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>L’esercizio</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Rimuovi passo</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Sposta prima</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Passi, nell’ordine in cui si fanno</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Durata della pausa di prova</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ &amp;Aggiungi passo</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Prova come pa&amp;usa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durata della pausa</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Passo {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Pronto: si può salvare e provare come pausa.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>passo {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>1 cosa da correggere o compilare prima di salvare: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>{0} cose da correggere o compilare prima di salvare: {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>Così com’è dura {0} s; una pausa lo ripete o lo mantiene per adattarsi.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — prova di {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>Impossibile salvare l’esercizio in {0}: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Uscire senza salvare?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Le modifiche a questo esercizio non sono salvate. Uscire comunque?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Esercizio saltato: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Per esercizio</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Per zona del corpo</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pause per esercizio: ordina per qualsiasi colonna</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pause per esercizio, in base a come sono finite</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del corpo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pause che hanno lavorato ogni zona: completate, terminate in anticipo (più chiaro), saltate o rimandate (grigio). Un esercizio conta per ogni zona che lavora.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pause con ogni esercizio: completate, terminate in anticipo (più chiaro), saltate o rimandate (grigio); i dieci più fatti. Fai clic su una colonna per ordinare la tabella.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>a terra</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — I tuoi esercizi</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Crea i tuoi, per esempio la routine del tuo fisioterapista, o copia uno incluso per cambiarlo. I tuoi sono salvati in {0} e compaiono nelle tue pause. Trascina qui un file pacchetto per aggiungerne gli esercizi.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Esercizi, prima i tuoi</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nuovo esercizio…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Copia in uno nuovo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Salva gli esercizi scelti in un file da condividere</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Aggiungi gli esercizi di un file pacchetto</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuoi</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Inclusi</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Tuoi (ancora nessuno: premi Nuovo esercizio)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (mio)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Elimina esercizi</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>Eliminare {0}? Il file viene conservato come .deleted in {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Esporta esercizi</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Pacchetti di esercizi (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non esportato</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} esercizio/i salvato/i in {1}. Invia quel file per condividerli.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Importa esercizi</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — Cronologia</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Le tue pause</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Esercizi…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>I tuoi esercizi: crea, modifica o condividi</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Esito dell’ultima importazione, esportazione o resoconto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Importa pause e domande da un’esportazione CSV o JSON</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Esporta tutte le pause e domande come CSV o JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Resoconto…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Salva un resoconto PDF di una pagina sul periodo mostrato</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Viste del periodo</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Nel &amp;tempo</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>&amp;Esercizi e zone</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Domande, le più recenti prima</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Domande</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pause nel periodo, le più recenti prima</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Colonne delle pause</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pause nel periodo, con la rigidità</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Esercizi fatti più spesso</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Esercizi fatti meno spesso</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Più fatti</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Meno fatti</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Quando farai la tua prima pausa, questa finestra mostrerà come vanno le tue giornate: pause al giorno, la tua serie e gli esercizi che fai di più.

Puoi farne una ora dal menu dell’area di notifica: Fai una pausa ora. Oppure porta la tua cronologia da un altro computer con Importa….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pause al giorno</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pause a settimana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pause al mese</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>obiettivo {0} al giorno (tratteggiato); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: fatte, terminate in anticipo (più chiaro), rinviate (grigio); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>rigidità 0–10 (arancione); ▲ un segnale d’allarme</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Esporta pause e domande</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>impossibile capire il formato da {0}: date al file l’estensione .csv o .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pause e {1} domande scritte in {2}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importazione di {0}…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Importa pause e domande</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Esportazioni (*.csv *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>aggiunte {0}, già presenti {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>domande: aggiunte {0}, già presenti {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importato</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salva il resoconto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Il resoconto non è stato salvato</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Resoconto salvato: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>Impossibile scrivere {0}: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Ancora nessuna pausa</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Ancora niente</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>il registro delle pause non si può usare ora: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Sospendi le pause con esercizi</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Sospendi le pause con esercizi finché non va meglio</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Lasciale attive</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Lascia attive le pause con esercizi</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Arriva prima: la fotocamera ti ha visto incurvato per un po&apos; ({0}). Il suo esercizio lo contrasta.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — pausa in arrivo</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Una pausa lunga</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Una pausa breve</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Pausa in arrivo</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Finisci il tuo pensiero; la pausa inizia quando il conto alla rovescia arriva a zero.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Inizia ora la pausa</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Tra {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Rimanda la pausa di {0} minuti</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Non si può rimandare di nuovo.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} tra {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figura da mettere in posa</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Trascina una maniglia rotonda per muovere quella parte; le frecce muovono quella scelta</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Parti da</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Parti da…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Inizia da una postura o da una copia di un’immagine inclusa</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primo piano</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Mostra il corpo dai fianchi in su, per i piccoli movimenti</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Posa iniziale</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Posa finale</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Metti la figura come inizia il passo</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Metti la figura come finisce il movimento</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Copia l’altra posa</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Rendi questa posa uguale all’altra</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Riproduci</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Riproduci il movimento</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>Il movimento, come in una pausa</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Fai clic per rimettere in posa</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Parte del corpo</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Entrambi i lati uguali</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Imposta gli stessi angoli a sinistra e a destra</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Ripristina questa parte</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Freccia</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Nessuna freccia</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Una freccia accanto al percorso di questo punto</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Freccia lungo</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Scegli Posa finale e trascina una maniglia rotonda dove finisce il movimento (o scegli una parte e imposta i suoi angoli); Riproduci mostra il movimento come in una pausa.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>Il registro delle pause era danneggiato. È stato conservato come {0} ed è stato avviato un nuovo registro.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Non è stato possibile attivare l’avvio all’accesso: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Non è stato possibile disattivare l’avvio all’accesso: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Quando è attivo, postureapp accende la fotocamera alcune volte al minuto, per circa un secondo, e legge da un&apos;immagine dove sono le tue orecchie e le tue spalle. L&apos;immagine viene scartata subito; nessuna immagine viene mai conservata o inviata, e nulla lascia questo computer. Si conservano numeri: come siedi quando sei dritto, e il tempo di ogni giorno dritto e incurvato. Mentre la fotocamera è accesa, l&apos;icona nell&apos;area di notifica mostra un punto rosso. La fotocamera non viene usata mentre un altro programma usa la fotocamera o il microfono.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● La fotocamera è accesa</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>La fotocamera è accesa</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Calibra: siediti dritto per qualche secondo</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Siediti dritto, rivolto allo schermo, spalle rilassate, e resta fermo un momento…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Ricalibra: siediti dritto per qualche secondo</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Attiva qui sotto il rilevamento della postura per calibrare.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>Impossibile leggere la fotocamera: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Calibrato. Ricalibra quando sposti la fotocamera o la sedia.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Non ancora calibrato: siediti dritto e premi Calibra, così che la postura incurvata si possa riconoscere.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Calibrato: questa è ora la tua postura dritta.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Un altro programma sta usando la fotocamera o il microfono.</translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation>OK, chiudi questa nota</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Periodo mostrato</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Da sempre</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Dal–al</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primo giorno mostrato</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Ultimo giorno mostrato</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Giorni nel periodo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} giorni</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tempo svolto</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Avviata da</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lunga</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Rimandata</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminata in anticipo</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Interrotta: faceva male</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa naturale</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Troncata</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Questa pausa è ora sullo schermo.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Hai fatto tutta la pausa.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Hai saltato questa pausa.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Hai rimandato questa pausa di qualche minuto.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>L’hai terminata prima della fine; i minuti contano, la pausa non risulta completata.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Ti sei fermato perché qualcosa faceva male. Se continua a far male, rivolgiti a un medico.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Sei stato lontano dal computer abbastanza a lungo per riposare.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>L’app si è fermata mentre questa pausa era sullo schermo.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Orario fisso</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Assenza</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>La tua postura</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation>Non è possibile aprire il registro delle pause {0} ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Non è possibile scrivere le pause nel registro {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Le pause continuano, e ciò che registrano resta in {1} finché il registro non lo accetta.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Le pause continuano, e ciò che registrano resta in memoria finché il registro non lo accetta (anche il giornale {1} non si può scrivere: {2}), quindi va perso se postureapp si ferma prima.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Non è stato possibile leggere il giornale delle pause in attesa di registrazione, quindi il suo contenuto non è stato registrato. È conservato come {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pause e domande: resoconto per il tuo medico o terapista</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>Dal {0} al {1} ({2} giorni)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Creato il {0} con postureapp {1}, dalle pause e domande che ha registrato.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Questa è un’autovalutazione: ciò che la persona ha fatto e sentito, come lo ha registrato. Non è una diagnosi né un consiglio medico.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pause completate</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>su {0} promemoria{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminate in anticipo</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} perché faceva male</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Saltate o rimandate</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>promemoria rinviati</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tempo di esercizio</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} al giorno</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Rigidità 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>prima e ultima settimana valutate</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>troppo poche valutazioni</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Giorni con un segnale d’allarme</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>nessuno indicato</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pause al giorno</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pause a settimana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pause al mese</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminate in anticipo</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>saltate o rimandate</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>obiettivo: {0} al giorno</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Rigidità dalle domande (0 nessuna, 10 molto rigido)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>rigidità media</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>segnale d’allarme indicato</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Nessuna domanda in questo periodo.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minuti per zona del corpo</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Esercizi più fatti</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Nessun tempo di esercizio in questo periodo.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Un esercizio conta per ogni zona che lavora; il tempo di una pausa è diviso tra i suoi esercizi.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Autovalutazione con postureapp. Non è una diagnosi. Pagina 1 di 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>In anticipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Nessuno fatto in questo periodo.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Note dalle domande (le più recenti prima)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Nessuna nota in questo periodo.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>Un’altra nota è nell’app e nella sua esportazione.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>Altre {0} note sono nell’app e nella sua esportazione.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… (altre {0} parole nell’app)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Attiva prima il rilevamento della postura.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Crea o modifica i tuoi esercizi…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Crea o modifica i tuoi esercizi</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Ripristina pre&amp;definiti</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Orari</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Esercizi</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Comportamento</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Fotocamera</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pause brevi</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pause lunghe</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Avviso e rinvio</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pause a orari fissi</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Trattieni una pausa quando sei occupato</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Cosa possono chiedere gli esercizi</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Ogni esercizio</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>nessuno — es. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>nessuno — es. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>la cartella solita</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Sfoglia: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Non è stato possibile cambiarlo: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Riportare ogni impostazione al valore predefinito? Annulla riporterà comunque le impostazioni che avevi prima.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Non è stato possibile salvare le tue impostazioni: {0}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>POSTUREAPP</source>
        <translation>POSTUREAPP</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● La fotocamera è accesa</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Prossima pausa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Le pause con esercizi sono sospese per la tua sicurezza; le pause ti ricordano solo di muoverti.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Sospendi per</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Chiuderla la nasconde; avvia di nuovo postureapp per riaverla.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Chiuderla la riduce soltanto a icona; usa «Esci» per fermare l’app.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Nessuna area di notifica mostra l’icona di postureapp, quindi funziona da questa finestra.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Nessuna indicazione sul respiro</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira lentamente</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>In una o due righe, ad es. «Espirando, ruota il petto a destra. Mantieni.»</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Quanto dura, in secondi</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Indicazione sul respiro</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Figura in posa</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>La mia immagine</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Specchiala per il lato sinistro</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Togli la spunta per un’immagine con scritte, che non va specchiata</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Scegli un’immagine…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nessuna immagine scelta.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>La tua immagine</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG o GIF (una GIF può muoversi), fino a 5 MB. Viene copiata nella tua cartella degli esercizi.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>Cosa &amp;fare</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>&amp;Quanto dura</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Scegli un’immagine</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Immagini ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: dettagli</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completate</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminate in anticipo</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Saltate o rimandate</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Esercizi non più nella raccolta</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>In anticipo</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Faceva male</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltate</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Rimandate</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Minuti di esercizio (il tempo di una pausa diviso tra i suoi esercizi)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pause completate</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Pause terminate in anticipo con Fatto</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Pause interrotte con «Fa male — fermati»</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Pause saltate</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Pause rimandate</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● La fotocamera è accesa</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Ne ho parlato con un medico, oppure è passato</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Conferma che riprendere è sicuro</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Riprendi le pause con esercizi</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Lasciale sospese</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Lascia sospese le pause con esercizi</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>Informazioni su postureapp e sicurezza</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>A proposito degli scrocchi</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Ho capito, chiudi questa finestra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Torna alle informazioni sulla sicurezza</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esci</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>questi argomenti sono obbligatori: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>serve uno di questi argomenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>atteso al massimo un argomento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>atteso almeno un argomento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe essere %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non consentito con l’argomento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argomento esplicito %r ignorato</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossibile aprire &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>impossibile leggere {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossibile scrivere {0}: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>impossibile rimuovere {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>impossibile leggere il modello della voce desktop {0}: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>il supporto dei calendari non è installato; installalo con: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>il nome {0} deve avere da 1 a 40 lettere, cifre, spazi, punti, - o _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: il tipo deve essere uno tra {1}; ricevuto {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: serve una posizione (un percorso o un indirizzo)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: l’utente deve essere testo</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} non è un percorso assoluto</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: solo un account CalDAV ha un utente</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} non è un indirizzo http(s)</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: l’indirizzo contiene una password; indica invece l’utente con --user, e la password va nel portachiavi</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>due calendari si chiamano {0} (o quasi)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>supera {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>la parte {0} non è in formato iCalendar</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>ha più di {0} eventi in una settimana</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} non ha risposto come un server CalDAV</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>il server ha rifiutato la connessione (è in funzione?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>il nome del server è sconosciuto</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>non è stato possibile risolvere il nome del server (offline?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>la rete non è raggiungibile (offline?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>non è stato possibile verificare il certificato del server</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>un errore di rete ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>non è stato possibile leggere {0}: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} contiene più di {1} file .ics</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} non esiste</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} contiene più di {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>non c’è un portachiavi per conservare la password di {0} (installa e sblocca GNOME Keyring o KWallet), quindi questo account CalDAV non si può leggere; un file di calendario o un indirizzo web iCalendar funziona senza</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>il portachiavi non ha potuto fornire la password di {0} (è bloccato?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>nessuna password per {0} nel portachiavi; aggiungilo di nuovo con postureapp calendar add (o nelle Impostazioni)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>il portachiavi ha rifiutato la password di {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} ha risposto con l’errore HTTP {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} ha inviato più di {1} MB</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>Il modello della postura non è disponibile per Python {0} (richiede 3.11 o 3.12), quindi il rilevamento della postura non si può usare con questa installazione.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>L&apos;extra fotocamera non è installato. Installalo con: pip install &apos;postureapp[camera]&apos; (circa 1 GB), poi riavvia postureapp.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Nessuna fotocamera trovata.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Nessun video in {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>La fotocamera è occupata.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>La fotocamera non ha dato alcuna immagine.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>Il modello della postura non ha funzionato: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Un promemoria nell’area di notifica per brevi pause di mobilità della parte alta della schiena. Senza comando avvia l’app (o mostra quella già in esecuzione).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Codici di uscita: 0 fatto; 1 non fatto (non in esecuzione, rifiutato o problemi trovati); 2 non eseguibile così (argomenti errati, un file mancante, nessuno schermo).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostra la versione ed esci</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>avviato all’accesso: aspetta più a lungo l’area di notifica</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: nessuno schermo trovato (DISPLAY e WAYLAND_DISPLAY non sono impostate); avvialo da una sessione desktop.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp è già in esecuzione; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>calendari i cui eventi trattengono le pause</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Calendari i cui eventi trattengono le pause: nessuna pausa durante un evento occupato, nessuna subito prima. File e cartelle di file .ics, indirizzi web iCalendar, account CalDAV.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>aggiungi un calendario</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Aggiungi un calendario.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>un nome breve, es. lavoro</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>un file .ics o una cartella, un indirizzo http(s) o webcal</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>l’indirizzo è un account o un calendario CalDAV</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>il nome utente CalDAV (chiede la password)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>leggi la password CalDAV dallo standard input</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>elenca i calendari</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>rimuovi un calendario (e la sua password salvata)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>leggi ora i calendari e di’ cosa contengono</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>solo questo calendario</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: file {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: indirizzo web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} come {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Password per {0} (conservata nel tuo portachiavi): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>indica la password con --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (rimuovilo prima, o scegli un altro nome)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} aggiunto. Controllalo con: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Nota: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Nota: {0} non esiste (ancora); non contiene nulla finché non esiste.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Nessun calendario. Aggiungine uno con: postureapp calendar add NOME FILE-O-INDIRIZZO</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(letto il {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>nessun calendario si chiama {0} (ci sono: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} rimosso.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>nessun calendario di nome {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>ancora nessun calendario</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: impossibile leggere: {1}; si usa la copia del {2}</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: impossibile leggere: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: eventi occupati nei prossimi 8 giorni: {1}, letto in {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; prossimo: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>mostra o cambia le impostazioni</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Mostra o cambia il file delle impostazioni; l’app in esecuzione recepisce le modifiche.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>mostra dove si trova il file delle impostazioni</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>elenca tutte le impostazioni, segnando quelle diverse dal predefinito</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>mostra il valore di un’impostazione</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>cambia un’impostazione</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>es. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>riporta un’impostazione, o tutte, al predefinito</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>l’impostazione da ripristinare; tutte se omessa</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>modificata; predefinito {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Tutte le impostazioni hanno già il valore predefinito.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>Le impostazioni precedenti sono conservate in {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Niente da cambiare.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>l’impostazione è salvata, ma {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} resta invariato (vedi sopra)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>aggiungi postureapp e la sua icona al menu delle applicazioni (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>togli postureapp e la sua icona dal menu delle applicazioni (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>avvia postureapp all’accesso: on, off o status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>attivalo o disattivalo, o di’ com’è</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>la voce è cambiata, ma l’impostazione no: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>le voci del desktop esistono solo su Linux; questo sistema è {0}. Usa `postureapp autostart on` per l’avvio all’accesso.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>impossibile leggere l’icona {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>impossibile leggere i metadati {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>impossibile scrivere {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Scritto: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>l’icona ({0} file: scalabile e dimensioni fisse) in {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Non c’è, niente da rimuovere: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>impossibile rimuovere {0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Rimosso: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Nessuna icona, niente da rimuovere: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp si avvia all’accesso ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp non si avvia all’accesso.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>elenca o verifica pacchetti di esercizi</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>mostra ogni esercizio che l’app offrirà</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>stampa un documento JSON</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>verifica un file di esercizio o una cartella di pacchetto</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>un file .toml o una cartella</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>salva esercizi, con le loro immagini, in un file pacchetto da condividere</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>gli esercizi (vedi `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>aggiungi gli esercizi di un file pacchetto ai tuoi</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Aggiunge gli esercizi di un pacchetto alla tua cartella. Uno il cui id hai già viene aggiunto accanto al tuo con un nuovo id, salvo indicazione diversa.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>un file pacchetto</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>sostituisci i tuoi esercizi con lo stesso id</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>tralascia gli esercizi il cui id hai già</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>incluso</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSIZIONE</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>ADATTO A</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURATA</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Nessun esercizio trovato.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>nota: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>problema: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: file o cartella inesistente</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problemi: {0}, nei file: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} esercizio</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK: {0} esercizi</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>nessun esercizio con l’id {0} (vedi `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: impossibile scrivere il pacchetto ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 esercizio salvato in {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} esercizi salvati in {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: file inesistente</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: non importato; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: impossibile scrivere lì ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>I tuoi esercizi sono in {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>mostra le statistiche delle pause</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>i giorni di un periodo che finisce oggi, come nella finestra della cronologia</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>stampa un oggetto JSON</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>pause completate necessarie per un giorno della serie (predefinito: l’impostazione {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>scrivi il registro delle pause come CSV o JSON</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>predefinito: l’estensione del file di uscita (.csv o .json), altrimenti CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>predefinito: standard output</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>unisci un’esportazione CSV o JSON al registro delle pause</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>primo giorno locale, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>ultimo giorno locale, YYYY-MM-DD (incluso)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: attesa una data reale come YYYY-MM-DD, trovato {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) è dopo --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>il registro delle pause era danneggiato; è stato conservato come {0} ed è stato avviato un nuovo registro</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>il registro delle pause non si può usare ora: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>il registro delle pause {0} sembra danneggiato ({1}); avvia postureapp per metterlo da parte e cominciarne uno nuovo</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last non si può combinare con --since o --until</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: atteso 1 o più, trovato {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>ultimi {0} giorni</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>dal {0} al {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>ancora nessuna pausa</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>questa settimana</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>questo mese</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>tasso di completamento</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>esercizio</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>più fatto</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>meno fatto</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pause al {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (pause naturali escluse)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>giorni ora: {0}, record: {1} (un giorno conta con {2} o più pause completate)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>completate al giorno, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>impossibile capire il formato da {0}: date al file l’estensione .csv o .json, oppure usate --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pause e {1} domande scritte in {2}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>domande: aggiunte {0}, già presenti {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>aggiunte {0}, già presenti {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp non è in esecuzione (avvialo con: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (tra {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (ora)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>intervallo</translation>
    </message>
    <message>
        <source>long</source>
        <translation>intervallo</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>rimandata</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>dopo la sospensione</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>orario fisso</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>inizio dell’orario di lavoro</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: impossibile raggiungere l’istanza in esecuzione: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la richiesta è stata rifiutata</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>In pausa ora.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Sospeso finché non riprendi (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Sospeso fino a {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Prossima {0} alle {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Fuori dall’orario di lavoro; le pause riprendono alle {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Una pausa è dovuta e aspetta che tu torni.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Una pausa è dovuta e aspetta che si chiuda una finestra a schermo intero.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Una pausa è dovuta e aspetta la fine di Non disturbare.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Una pausa è dovuta e aspetta la fine della tua chiamata.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Una pausa è dovuta e aspetta la fine di un evento del tuo calendario.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Una pausa è dovuta e aspetta ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Le pause con esercizi sono sospese per la tua sicurezza; le pause ti ricordano solo di muoverti (riprendile da «Informazioni &amp; sicurezza»: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>Impossibile leggere il calendario {0}: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Rinvii di fila: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Inattività: {0} ({1} s di inattività ora).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>Qui l’inattività non si può leggere, quindi non ci sono pause naturali.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>«{0}» ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>un evento ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Arriva prima, prima di {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Aspetta la fine di {0}.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Trattenuta durante {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Ripreso.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Le pause non erano sospese.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Le pause con esercizi restano sospese per la tua sicurezza: «Informazioni &amp; sicurezza» è aperto, e lì puoi confermare che riprenderle è sicuro.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Sospeso finché non riprendi.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pausa iniziata. (Nota: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pausa iniziata.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pausa saltata.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp si sta chiudendo.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>quando è la prossima pausa, e se l’app è sospesa</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>inizia ora una pausa</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>fai questo esercizio (vedi: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>sospendi le pause: 30m, 1h, until-tomorrow o indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>termina una sospensione</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>salta la pausa sullo schermo (non in modalità rigorosa)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>porta in primo piano una finestra dell’app in esecuzione</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>porta in primo piano la finestra di stato dell’app in esecuzione</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>ferma l’app in esecuzione</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: atteso 30m, 1h, until-tomorrow o indefinitely (o N m / N h fino a 24 h), trovato {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp non è riuscito a farlo ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>scrivi un PDF di una pagina con le tue pause e domande per un medico o terapista</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Scrive un PDF di una pagina su un periodo delle tue pause e domande: pause a settimana, minuti per zona del corpo, gli esercizi più fatti, l’andamento della rigidità con i giorni in cui è stato indicato un segnale d’allarme, e le tue note. Senza periodo: gli ultimi 3 mesi.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>un periodo che finisce oggi (all: dal primo giorno registrato)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>il PDF da scrivere</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) è dopo l’ultimo giorno ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: il resoconto è un PDF; chiamalo .pdf, trovato {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>nessuna pausa registrata finora; niente da riportare</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} scritto: dal {1} al {2}, {3} pause completate, {4} domande, {5} note</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>la testa in avanti e in basso</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>le spalle curve</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>il busto inclinato da un lato</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>dritto</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>inquadrato</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>nessuno inquadrato</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Arriva prima: sei seduto con {0} da {1} minuti; il suo esercizio lo contrasta.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Arriva prima: sei seduto con {0}; il suo esercizio lo contrasta.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>Il suo esercizio contrasta questo: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>Il rilevamento della postura non è attivo: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>Il rilevamento della postura è attivo ma non ancora calibrato (Impostazioni → Fotocamera).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Oggi sei stato seduto dritto per il {0} del tempo in cui la fotocamera ti ha visto.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Ultima lettura della fotocamera {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>impossibile mettersi in ascolto su {0}: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp ha incontrato un problema inatteso ({0}: {1}). Continua a funzionare; i dettagli sono in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp non è riuscito ad avviarsi ({0}: {1}); correggilo o spostalo altrove e avvia di nuovo postureapp. I dettagli sono in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp non è riuscito ad avviarsi ({0}); per favore segnalalo. I dettagli sono in {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: il file di log {0} non si può scrivere ({1}); il log va invece nel terminale</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Spalle</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Petto</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte bassa della schiena</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Ruotare (rotazione)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Piegarsi indietro (estensione)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Piegarsi in avanti (flessione)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Piegarsi di lato</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Scapole</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Seduti</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>A terra</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Un muro</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Un rullo in schiuma</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Un asciugamano</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>ad es. Allungamento del petto sulla porta</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Una riga: cosa fa, ad es. Apre il petto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Le pause lunghe mescolano i movimenti; quelle brevi li alternano</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pause brevi</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pause lunghe</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>Su ogni lato, prima il</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primo lato</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Quante volte si ripetono i passi; una pausa può aggiungerne</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Una per riga, almeno una. ad es. Fermati se senti dolore, intorpidimento o capogiro.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Facoltativo, ad es. dal mio fisioterapista, maggio 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Riassunto</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>&amp;Zone del corpo</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Movimento</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>Ser&amp;ve</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Usa in</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Giri</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Cautele</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>nessuna scelta</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Nessun esercizio si adatta al tipo «{kind}» con le zone del corpo, le posizioni e l’attrezzatura scelte, quindi quelle pause non possono iniziare. Scegli più zone o posizioni nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Solo {count} esercizi si adattano a una pausa lunga con le zone del corpo, le posizioni e l’attrezzatura scelte, quindi le pause lunghe li ripetono. Scegline di più nelle Impostazioni per avere più varietà.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>C’è già un esercizio con questo nome</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>uno dei tuoi</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>un esercizio incluso</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>«{0}» del pacchetto ha lo stesso id di «{1}», {2}. Cosa fare?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Sostituisci il mio</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Usa quello del pacchetto</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Saltalo</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} non è stato importato e non è stato scritto nulla:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Impossibile scrivere in {0}: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: aggiunto («{1}»)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: sostituito («{1}»)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: ne hai già uno con questo id; aggiunto come «{1}» ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: già presente, invariato</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: saltato (ne hai già uno con questo id)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>ogni cartella breve per il socket ({0} e le successive) appartiene a qualcun altro; imposta un {1} più corto, oppure imposta XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} non esiste</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>impossibile controllare {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} è un collegamento creato dall’utente {1}, non da te</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>impossibile seguire {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} non è una cartella</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} appartiene all’utente {1}, non a te</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; spostalo altrove (o imposta {1} per usare un’altra cartella)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>impossibile rendere privato {0}: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>impossibile creare {0} perché {1} è un file, non una cartella; sposta quel file altrove (o imposta {2} per usare un’altra cartella)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>impossibile creare {0}: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; nessun comando viene inviato attraverso di esso. Rimuovilo e avvia di nuovo postureapp</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>Di lato</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>Di fronte</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Tre quarti</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Dall’alto</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Seduti su una sedia</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Seduti a terra</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A quattro zampe</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Sdraiati sulla schiena, ginocchia piegate</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Sdraiati sulla schiena, gambe distese</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Sdraiati a pancia in giù</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Bacino</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte bassa della schiena</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Testa</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Scapola destra</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Scapola sinistra</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Gomito destro</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Gomito sinistro</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Polso destro</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Polso sinistro</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Anca destra</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Anca sinistra</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Ginocchio destro</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Ginocchio sinistro</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Caviglia destra</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Caviglia sinistra</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Piegare in avanti</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Piegare</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Ruotare verso la sua destra</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Alzare (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>In avanti (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Sollevare in avanti</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Di lato</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Ruotare verso l’esterno</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Punte dei piedi tese</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Inclinare in avanti</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>In alto (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Piegare verso la sua destra</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Inclinare verso la sua destra</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Annuire</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Sollevare la coscia</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Piegare indietro</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Alzare verso la sua destra</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Sedia</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Pavimento</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tappetino</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Asciugamano arrotolato</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rullo in schiuma</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>testa</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>naso</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>mento</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>petto</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta della schiena</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>vita</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>bacino</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>spalla destra</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>spalla sinistra</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mani</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano destra</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano sinistra</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>gomiti</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>gomito destro</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>gomito sinistro</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>ginocchia</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>ginocchio destro</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>ginocchio sinistro</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>piedi</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>punta del piede destro</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>punta del piede sinistro</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>caviglia destra</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>caviglia sinistra</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>testa in avanti e in basso</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>spalle curve</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>inclinato da un lato</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>La testa e le due spalle non erano ben visibili. Siediti davanti alla fotocamera con le spalle nell&apos;immagine, con una buona luce, e riprova.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Ti sei mosso durante la misura. Siediti dritto e fermo per qualche secondo, poi riprova.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Le orecchie non erano sopra le spalle. Siediti dritto, rivolto alla fotocamera, e riprova.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>un file</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>un pacchetto di al massimo {0} byte</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} byte</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>un pacchetto (un file zip)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>al massimo {0} file</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} o un semplice nome di file dentro {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>un altro percorso</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un collegamento simbolico</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>un file cifrato</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>ogni nome una sola volta</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>ripetuto</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>al massimo {0} byte in tutto</translation>
    </message>
    <message>
        <source>more</source>
        <translation>di più</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>un manifesto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>un manifesto TOML</translation>
    </message>
    <message>
        <source>another</source>
        <translation>un altro</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>la versione {0} o precedente (questo postureapp è troppo vecchio per una più recente)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>un elenco da 1 a {0} id di esercizi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>un esercizio indicato nel manifesto</translation>
    </message>
    <message>
        <source>not</source>
        <translation>uno non indicato</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>il nome di un file {0}</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>un nome di file relativo alla cartella delle illustrazioni</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>un file {0}</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>un file dentro {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>un collegamento a {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>un’immagine di al massimo {0} byte</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>un file esistente in {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>nessun file chiamato {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>una tabella [[steps]]</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>un file di esercizio</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>lettere minuscole, cifre e trattini</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>il nome del file senza .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>solo &quot;long&quot; per un esercizio a terra</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>solo &quot;long&quot; per un esercizio che richiede attrezzi</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>da {0} a {1} tabelle [[steps]]</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} passaggi</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>la cartella degli esercizi inclusi</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>un elenco di {0} testi non vuoti di al massimo {1} caratteri, nell’ordine dell’inglese</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>un elenco di {0} testi non vuoti, nell’ordine dell’inglese</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>una tabella di lingue come [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>una lingua come de o pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>una tabella con title, summary, cautions e steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>una tabella come {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>una tabella di angoli come {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>una tabella [steps.pose]</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>una chiave nota (forse intendevi &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>una delle chiavi {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>la chiave sconosciuta &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>uno tra {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>un elenco con uno qualsiasi tra {0} (senza ripetizioni)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; ripetuto</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caratteri</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} elementi</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>un numero da {0} a {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>un file di al massimo {0} byte</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>un file più grande</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>un file leggibile</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>testo UTF-8</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>il byte {0} alla posizione {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>un errore di sintassi ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>niente (il campo manca)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabella</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>atteso: {0}; trovato: {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>un testo da 1 a {0} caratteri</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>un elenco con almeno uno tra {0} (senza ripetizioni)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>un elenco vuoto</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>un elenco da {0} a {1} testi non vuoti</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>un elenco di testi non vuoti, in numero qualsiasi</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>un numero intero da {0} a {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>un orario ISO 8601 con scostamento UTC, ad es. 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>tabelle ed elenchi annidati al massimo su {0} livelli</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>un annidamento più profondo</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>TOML valido</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>JSON valido</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>un elenco di identificativi di esercizi</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>identificativi di esercizi senza spazi, separati da virgole</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un numero intero di secondi, 0 o più</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>una riga più lunga</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>una riga di intestazione con i nomi delle colonne</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un file vuoto</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>una chiave tra virgolette doppie</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>la fine del file dopo l’oggetto</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>nessun elenco &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON annidato su pochi livelli</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>più profondo</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(lettura interrotta dopo {0} problemi)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: impossibile importare, non è stato aggiunto nulla:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>colonna mancante {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>colonna sconosciuta {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (atteso: {1}; id è facoltativo)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>una riga di al massimo {0} caratteri</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>una cella di al massimo {0} caratteri</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>un valore di al massimo {0} caratteri</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>uno più lungo</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fine del file</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON annidato non più di un’esportazione</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>un oggetto JSON con un elenco &apos;breaks&apos;, come lo scrive l’esportazione</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>un elenco {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; dopo una chiave</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} nell’elenco {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>da 1 a {0} (una versione più recente richiede un postureapp più recente)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} celle</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>il byte {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>un’ora non precedente a {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 cifre esadecimali minuscole</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>un oggetto JSON con format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>un oggetto JSON</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>non è stato possibile metterlo da parte ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>conservato come {0}; i valori validi restano in uso</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>non può essere letto ({0}); sono in uso i valori predefiniti</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>non è TOML valido ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>non è testo UTF-8 ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>non può essere usato come file delle impostazioni ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} e non è stato possibile metterlo da parte ({1}); sono in uso i valori predefiniti e il file non verrà modificato</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; è stato spostato in {1} e sono in uso i valori predefiniti</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>deve essere un numero intero (questa versione scrive {0}), trovato: {1}; il file viene letto come versione {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>il file è stato scritto da un postureapp più recente (schema {0}; questo conosce {1}): viene letto per quanto compreso e non verrà modificato</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; al suo posto si usa il valore predefinito {1}</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>deve essere una sezione [{0}], trovato: {1}; viene ignorato</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>un testo di al massimo {0} caratteri, o niente</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>un numero intero da 0 a 10, o niente</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>una riga che non è chiave = valore, né [tabella], né commento</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>altro dopo un valore sulla stessa riga</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>una chiave senza &apos;=&apos; dopo</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>una chiave che inizia con un carattere non ammesso all’inizio di una chiave</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>un valore di tipo sconosciuto (il testo va tra virgolette)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>un testo senza le virgolette di chiusura</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>un elenco senza la &apos;]&apos; di chiusura</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>una tabella in linea senza la graffa di chiusura</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>un nome di [tabella] senza la &apos;]&apos; di chiusura</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>un nome di [[tabella]] senza le &apos;]]&apos; di chiusura</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>una chiave che riceve un valore due volte</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>la tabella {0} dichiarata due volte</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0} definito una seconda volta</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>la chiave {0} due volte in una tabella in linea</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>una &apos;\&apos; in un testo che non inizia alcun escape noto</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>un escape con cifre esadecimali errate</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>un escape che non è un carattere Unicode</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>il carattere {0}, che un testo non può contenere</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>il carattere {0} dove non va</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>una data o un’ora che non esiste</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>nessun {0} dove serviva</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>nessun valore dove serviva</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>una chiave senza virgolette doppie</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>una chiave senza &apos;:&apos; dopo</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>una &apos;,&apos; mancante tra due valori</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>un carattere di controllo (come un a capo) dentro un testo</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>una &apos;,&apos; dopo l’ultimo valore</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>altro dopo la fine del documento</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>non è un file zip</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>un metodo di compressione che questa app non sa leggere</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>un file zip danneggiato</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>non esiste</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte del percorso non è una cartella</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>esiste già</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la quota del disco è esaurita</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>il disco è di sola lettura</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>non è stato possibile leggere o scrivere sul disco</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>il nome è troppo lungo</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>troppi collegamenti simbolici</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>ci sono troppi file aperti</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>è in uso</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>la cartella non è vuota</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>il sistema ha rifiutato ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>non si può leggere: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (riga {1}, colonna {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>un altro programma lo sta usando; riprova tra un momento</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>si può leggere ma non scrivere</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>non si può aprire</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>non è un database</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>è danneggiato</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>un errore del database ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: il registro delle pause ha la versione di schema {1}, più recente di quanto questa versione dell’app capisca ({2}); aggiorna l’app</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: l’aggiornamento del registro delle pause alla versione {1} non è riuscito ({2}); non è stato cambiato nulla</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Alzati e muoviti</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Emergenza: fermati e chiedi subito soccorso (chiama il numero di emergenza locale o vai al pronto soccorso) se hai:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Interrompi gli esercizi e vai subito da un medico se hai:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Interrompi gli esercizi e fatti controllare da un medico o da un fisioterapista se hai:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Un mal di testa improvviso e forte, capogiri o la sensazione che tutto giri, o disturbi della vista, dopo aver mosso il collo o dopo una caduta o un altro infortunio.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Dolore che si irradia dal collo o dalla parte alta della schiena a un braccio o a una mano.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Intorpidimento nuovo, formicolio che non passa, o debolezza alle braccia o alle mani.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Dolore al collo o alla schiena insieme a febbre, brividi o un calo di peso che non sai spiegare.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Intorpidimento, formicolio o debolezza che scende lungo le gambe.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Qualsiasi nuova difficoltà a controllare l’intestino o la vescica.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Dolore acuto o lancinante, o dolore che continua a peggiorare, per esempio quando ti muovi o dopo essere stato seduto a lungo.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Parla con un medico o un fisioterapista prima di iniziare se hai:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporosi o un’altra malattia delle ossa.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Un’ernia del disco o un altro problema alla colonna vertebrale.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Artrite o artrosi.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Benvenuto in postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>Informazioni su postureapp e sulla tua sicurezza</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp ti ricorda di fare una breve pausa agli intervalli che scegli e ti guida in movimenti dolci per la parte alta della schiena, il collo e le spalle. Ogni pausa viene registrata, così puoi guardare indietro e vedere come stai andando.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp non è un consiglio medico. Non può capire cosa c’è dietro la tua rigidità o il tuo dolore, e non sostituisce un medico o un fisioterapista.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Muoviti lentamente e resta dentro ciò che è comodo. Se un movimento fa male, fermati; puoi sempre saltare il resto di una pausa.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Se la rigidità non è diminuita dopo due-sei settimane di movimento dolce e regolare, falla vedere a un fisioterapista.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>A proposito degli scrocchi</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>Lo scrocchio che a volte senti alla schiena o al collo è gas che esce dal liquido che bagna l’articolazione, come quando fai scrocchiare le dita. Quando succede non torna a posto niente.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Quindi uno scrocchio non aggiusta nulla. Il sollievo che porta di solito svanisce, e l’articolazione ha bisogno di un po’ di tempo, spesso una ventina di minuti, prima di poter scrocchiare di nuovo.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Forzare uno scrocchio, ruotando con forza, con strattoni o facendo leva contro un asciugamano o un muro, può stirare muscoli e legamenti o irritare un nervo. Il collo è il punto più rischioso: ci passano le arterie che portano sangue al cervello, e una torsione brusca può, raramente, danneggiarne una.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Il movimento dolce e regolare è l’abitudine migliore. Scioglie le articolazioni rigide senza forzare, e nessuno degli esercizi di postureapp ti chiede di cercare uno scrocchio.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Le pause con esercizi sono sospese</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Hai detto a postureapp che qualcosa non va, oltre la solita rigidità.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>La parte alta della schiena è andata peggio per tre giorni di domande di fila.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Può essere il segno che c’è qualcosa di diverso dalla solita rigidità. Solo un professionista sanitario può dirlo, quindi fatti vedere da un medico o da un fisioterapista.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Fino ad allora le pause con esercizi sono sospese. postureapp può comunque ricordarti ogni tanto di alzarti e camminare un po’.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>È ora di alzarti, camminare un po’ e far riposare gli occhi finché il conto alla rovescia non finisce.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Vale la pena di andare da un fisioterapista</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Hai fatto pause quasi tutti i giorni per due settimane o più, e i tuoi voti di rigidità non sono scesi.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Hai fatto pause quasi tutti i giorni per due settimane o più, e nessuna tua risposta in questo periodo è stata «meglio».</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Una rigidità che resta nonostante settimane di movimento dolce e regolare merita di essere vista da un fisioterapista, che può scoprire cosa c’è dietro e cosa potrebbe aiutare. Nel frattempo puoi continuare a usare postureapp.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Ti sei fermato perché faceva male</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Fermarti era la cosa giusta. Ora riposa e lascia perdere il movimento che ha fatto male.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Se il dolore resta o peggiora, fallo vedere a un fisioterapista o a un medico.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Fino ad allora puoi sospendere le pause con esercizi. postureapp ti ricorderà solo ogni tanto di alzarti e camminare un po’.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Hai interrotto una pausa perché un movimento faceva male.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Le pause con esercizi sono sospese per la tua sicurezza. Le pause ti ricordano solo di alzarti e muoverti.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>un elenco di calendari come {0} (kind file, url o caldav; user per caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>deve essere {0}</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>impostazione sconosciuta (forse intendevi {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>impostazione sconosciuta</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Lavoro tra le pause</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minuti di lavoro tra una pausa e la successiva.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Durata della pausa breve</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Quanto dura una pausa breve. Il suo esercizio viene ripetuto o tenuto più a lungo per riempirla, e ogni passo lascia il tempo di leggerlo; una pausa resta entro il 10 % (o 5 s) di questa durata.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Pausa lunga ogni</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Una pausa ogni N è lunga; 0 significa mai.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Durata della pausa lunga</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Quanto dura una pausa lunga. I suoi esercizi vengono ripetuti o tenuti più a lungo per riempirla; una pausa resta entro il 10 % (o 5 s) di questa durata.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Avviso prima di una pausa</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Con quanto anticipo un avviso discreto annuncia una pausa; 0 significa nessun avviso.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durata del rinvio</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Di quanto Rimanda sposta una pausa.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Rinvii per pausa</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Quante volte di fila una pausa si può rimandare; 0 disattiva Rimanda.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modalità rigorosa</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Una pausa iniziata non si può saltare né rimandare.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Solo in orario di lavoro</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Programma le pause solo entro l’orario di lavoro impostato per ogni giorno.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Orario di lavoro di questo giorno, come intervalli HH:MM-HH:MM; vuoto per un giorno libero.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Orari fissi delle pause</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Orari del giorno in cui arriva una pausa, qualunque cosa dica l’intervallo.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Giorni per gli orari fissi</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>I giorni in cui valgono gli orari fissi delle pause.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Aspetta a schermo intero</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Trattieni una pausa dovuta mentre una finestra a schermo intero è in primo piano.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Aspetta con Non disturbare</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Trattieni una pausa dovuta mentre Non disturbare è attivo.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Aspetta durante le chiamate</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Trattieni una pausa dovuta mentre sembra esserci una chiamata in corso.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa massima</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Quanto aspetta una pausa trattenuta prima di comparire comunque; 0 significa senza limite.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Calendari i cui eventi trattengono le pause: nessuna pausa durante un evento occupato, nessuna subito prima. File o cartelle .ics locali, indirizzi web e account CalDAV (sola lettura).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Margine prima degli eventi</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Nessuna pausa scade così poco prima di un evento; arriva prima o subito dopo.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Leggi i calendari ogni</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Ogni quanto i calendari vengono riletti (anche al risveglio).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Mostra i titoli degli eventi</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Indica l’evento che una pausa aspetta (postureapp status); disattivato, i titoli restano privati.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zone del corpo</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>Le parti del corpo su cui possono lavorare gli esercizi proposti.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>Le posizioni che un esercizio proposto può chiederti di assumere.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Attrezzatura a portata di mano</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>L’attrezzatura che hai vicino; gli esercizi che chiedono altro vengono esclusi.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>La tua cartella di esercizi</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Una cartella con i tuoi file di esercizi; vuoto significa quella solita.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Quanto spesso compare ogni esercizio</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Se ogni esercizio viene proposto, e quanto spesso: mai (0, senza spunta), come di solito (1), più spesso (2) o il più spesso (3). Gli esercizi non elencati compaiono come di solito.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Riproduci un suono leggero quando una pausa inizia e finisce.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Finestre chiare o scure; Sistema segue il tuo desktop.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>Avvia postureapp quando accedi.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>L’assenza conta come pausa</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Lontano dal computer per tanto così, e una pausa conta come fatta.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>Ogni tanto, dopo una pausa, chiedi come stanno schiena e collo.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Immagini in movimento</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Se la figura nella finestra della pausa si muove: Automatico segue l’impostazione delle animazioni del desktop; Ridotto mostra la posa finale sopra una posa iniziale sbiadita.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pause per un giorno della serie</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Quante pause fanno contare un giorno per una serie.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Controlla la mia postura con la fotocamera</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Alcune volte al minuto la fotocamera scatta un&apos;immagine, da cui su questo computer si legge la posizione di testa e spalle, e l&apos;immagine viene scartata subito: nessuna immagine viene conservata o inviata da nessuna parte. Una postura incurvata mantenuta per un po&apos; anticipa la pausa successiva.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Letture della fotocamera al minuto</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Quanto spesso la fotocamera si accende per un&apos;immagine; nel frattempo è spenta.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Soglia di postura incurvata</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>Quanto la testa può abbassarsi, o le spalle incurvarsi, rispetto alla postura dritta calibrata prima che conti come incurvata.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Incurvato per</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Una postura incurvata mantenuta così a lungo anticipa la pausa successiva, con un esercizio che la contrasta (mai prima di quanto l&apos;avviso consente, e mai durante una chiamata, una finestra a schermo intero, il non disturbare o una riunione).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>minuti</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>rinvii</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>letture</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Ridotto</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} non è un elenco TOML come {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} non è un elenco</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>deve essere {0}, trovato {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>un numero intero da {0} a {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>un numero intero da {0} a {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>uno tra {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>un elenco di {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>un elenco con almeno uno tra {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} non è tra {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} non sono tra {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} non è un orario come HH:MM (da 00:00 a 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>intervalli orari come {0} (&quot;&quot; per nessuno)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>«{0}» deve iniziare prima di finire</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>«{0}» e «{1}» si sovrappongono</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>«{0}» non è un intervallo come «09:00-12:30» (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>un elenco di orari come {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>contiene {0} due volte</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>un percorso di cartella assoluto (&quot;&quot; per la cartella predefinita)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>una tabella di id di esercizi e numeri interi da {0} (mai) a {1} (il più spesso), come {2} (&quot;&quot; per nessuno)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} non è un id di esercizio (minuscole, cifre, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>il peso di {0} deve essere un numero intero da {1} a {2}, non {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} non è una tabella TOML come {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>«{0}» non ha la forma «chin-tuck=2»</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Consentito: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problema con {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Come di solito</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Più spesso</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Il più spesso</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Cerca un esercizio</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (non trovato)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>Proponi {0}</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Quanto spesso compare {0}</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} è stato scritto da un postureapp più recente (schema {1}); questa versione non lo modificherà</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — avvio</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Sospeso — riprendi dal menu</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Sospeso fino a {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Nessuna pausa prevista</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa lunga</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>pausa breve</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Prossima {0} alle {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(dopo una riunione)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(prima di una riunione)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(prima: sei incurvato da un po&apos;)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>pausa breve</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa lunga</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminata in anticipo</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>interrotta (faceva male)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>rimandata</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>assente (pausa naturale)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>troncata</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>orario fisso</translation>
    </message>
    <message>
        <source>away</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Spalle</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Petto</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte bassa della schiena</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>A terra</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rullo in schiuma</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Asciugamano</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotazione</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>estensione</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>flessione</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>flessione laterale</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>collo</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>scapole</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira lentamente</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>un lato</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Un segnale d’allarme</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
</context>
</TS>
