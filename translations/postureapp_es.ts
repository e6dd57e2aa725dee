<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Reanudar las pausas de ejercicio…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Reanudar las pausas de ejercicio</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Añadir un calendario</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Un archivo o una carpeta de archivos .ics</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Una dirección web (suscripción iCalendar)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Una cuenta CalDAV (solo lectura)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>U&amp;suario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>La contraseña se guarda en el llavero de tu escritorio, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Elegir un archivo de calendario</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Aquí no se pueden guardar contraseñas: no hay ningún llavero disponible.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Reanudar las pausas de ejercicio…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ejercicios…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>Acerca de &amp;&amp; seguridad…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspender</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>Es hora de una pausa</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Se abre en cuanto dejes de escribir un momento.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Mostrar ahora</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — hora de una pausa</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Tipo de pausa y progreso</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Tiempo restante de esta pausa</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>En qué punto de la pausa estás</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Imagen del paso</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Qué viene después</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Precaución para este ejercicio</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Todas las precauciones</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Leer todas las precauciones de este ejercicio</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Muévete con suavidad y solo hasta donde sea cómodo. Para enseguida si algo duele.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Esto &amp;duele — parar</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Esto duele — parar</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Terminar la pausa enseguida y ver cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Omitir (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Omitir esta pausa</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Aplazar esta pausa unos minutos</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Ya has pospuesto tantas veces seguidas como se permite.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Terminar la pausa ahora; antes de su final cuenta como terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Casi listo — bien hecho.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>paso {0} de {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>A continuación: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>A continuación: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>PAUSA LARGA · EJERCICIO {0} DE {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>PAUSA CORTA</translation>
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
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Precauciones: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Bien hecho. A seguir.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Las pausas siguen usando su copia del {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>No hay una copia anterior, así que sus eventos no se conocen.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>No se pudo leer el calendario «{0}»: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: archivo {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: dirección web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} como {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Añadir un calendario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Quitar el calendario elegido</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Sin calendarios: las pausas siguen solo al reloj.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Racha (días)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tiempo de ejercicio</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Sentado erguido</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} terminadas antes, {1} omitidas o pospuestas</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>ningún aviso en este periodo</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>de los avisos completados</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>días con {0} o más pausas hechas</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>mejor {0} · objetivo {1} al día</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>{0} al día de media</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, primera y última semana valoradas</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, un día valorado</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>ninguna valoración en este periodo</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>una señal de alarma en 1 día</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>una señal de alarma en {0} días</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>del tiempo que la cámara te vio en este periodo</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — ¿cómo estás?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>¿Cómo sientes hoy la parte alta de la espalda?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Mejor que antes</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Peor que antes</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>¿Qué tan rígida, de 0 (nada) a 10? Opcional.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Rigidez {0} de 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 es nada rígida, 10 es muy rígida</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Pasa algo más</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Pasa algo más: mostrar las señales</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Ahora no, cerrar la consulta</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Gracias por decírnoslo. Si alguna de estas señales encaja, consulta a un médico; la de urgencia necesita atención de inmediato.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Cerrar las señales de alarma</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo se sintió</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Rigidez (0–10)</translation>
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
        <translation>break-now: no hay ningún ejercicio con el id {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: las pausas de ejercicio están suspendidas por tu seguridad; reanúdalas desde «Acerca de &amp; seguridad» (postureapp open about) cuando un médico lo haya revisado o haya pasado</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>ya hay una pausa en pantalla</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>ningún ejercicio encaja con tus ajustes</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>este ejercicio está desactivado en tus ajustes</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: hace falta un argumento</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>no hay ninguna pausa en pantalla</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>el modo estricto está activado: las pausas no se pueden omitir</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Ningún ejercicio encaja con tus ajustes para una pausa larga. Revisa las zonas del cuerpo y las posiciones en Ajustes, o tu propia carpeta de ejercicios.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Ningún ejercicio encaja con tus ajustes para una pausa corta. Revisa las zonas del cuerpo y las posiciones en Ajustes, o tu propia carpeta de ejercicios.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminadas antes</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Omitidas o pospuestas</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Objetivo de racha</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Señal de alarma indicada</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Hoy {0}; máximo en un día {1}; el objetivo de {2} se alcanzó {3} de {4} días</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} barras; pausas completadas en la última: {1}, el máximo en una: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; se indicó una señal de alarma en {0} de ellas</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>¿Cómo sientes hoy la parte alta de la espalda?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Comparado con antes. «Más…» valora la rigidez o avisa de una señal de alarma.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Una pausa larga</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Una pausa corta</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} en {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>En {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Termina tu idea; la pausa empieza cuando acabe esta cuenta atrás.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;No volver a mostrar</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>No volver a ofrecer este ejercicio; se deshace en Ajustes, Ejercicios</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Más como este</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Más como este</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Ofrecer este ejercicio más a menudo</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Nuevo ejercicio</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Editar ejercicio</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>El ejercicio</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Pasos, en el orden en que se hacen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Duración de la pausa de prueba</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ &amp;Agregar paso</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Pro&amp;bar como pausa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Listo: se puede guardar y probar como pausa.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>paso {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>1 cosa que corregir o completar antes de guardar: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>{0} cosas que corregir o completar antes de guardar: {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>Tal como está dura {0} s; una pausa lo repite o lo sostiene para ajustarse.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — prueba de {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>No se pudo guardar el ejercicio en {0}: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Tus cambios en este ejercicio no están guardados. ¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Ejercicio omitido: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Por ejercicio</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Por zona del cuerpo</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pausas por ejercicio: ordena por cualquier columna</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pausas por ejercicio, según cómo terminaron</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pausas que trabajaron cada zona: completadas, terminadas antes (más claro), omitidas o pospuestas (gris). Un ejercicio cuenta para cada zona que trabaja.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pausas con cada ejercicio: completadas, terminadas antes (más claro), omitidas o pospuestas (gris); los diez más hechos. Haz clic en una columna para ordenar la tabla.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>en el suelo</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Tus ejercicios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Crea los tuyos, por ejemplo la rutina que te dio tu fisioterapeuta, o copia uno incluido para cambiarlo. Los tuyos se guardan en {0} y aparecen en tus pausas. Suelta aquí un archivo de paquete para añadir sus ejercicios.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Ejercicios, los tuyos primero</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nuevo ejercicio…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Copiar en uno nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Guardar los ejercicios elegidos en un archivo para compartir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Añadir los ejercicios de un archivo de paquete</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyos</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluidos</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Tuyos (ninguno aún: pulsa Nuevo ejercicio)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (mío)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Borrar ejercicios</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>¿Borrar {0}? El archivo se guarda aparte como .deleted en {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Exportar ejercicios</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Paquetes de ejercicios (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} ejercicio(s) guardado(s) en {1}. Envía ese archivo para compartirlos.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Importar ejercicios</translation>
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
        <translation>postureapp — Historial</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Tus pausas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ejercicios…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Tus ejercicios: crear, cambiar o compartir</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Resultado de la última importación, exportación o informe</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Importar pausas y consultas de una exportación CSV o JSON</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Exportar todas las pausas y consultas como CSV o JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Guardar un informe PDF de una página del periodo mostrado</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Vistas del periodo</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>En el &amp;tiempo</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>&amp;Ejercicios y zonas</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Consultas, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Consultas</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pausas del periodo, las más recientes primero</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Columnas de las pausas</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pausas en el periodo, con la rigidez</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Ejercicios más hechos</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Ejercicios menos hechos</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Más hechos</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Menos hechos</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Cuando hagas tu primera pausa, esta ventana mostrará cómo van tus días: pausas por día, tu racha y los ejercicios que más haces.

Puedes hacer una ahora desde el menú de la bandeja: Hacer una pausa ahora. O trae tu historial de otro ordenador con Importar….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausas por mes</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>objetivo {0} al día (discontinuo); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: hechas, terminadas antes (más claro), aplazadas (gris); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>rigidez 0–10 (naranja); ▲ una señal de alarma</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Exportar pausas y consultas</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>no se puede saber el formato por {0}: dé al archivo la extensión .csv o .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pausas y {1} consultas escritas en {2}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Importar pausas y consultas</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>añadidas {0}, ya presentes {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>consultas: añadidas {0}, ya presentes {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importado</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Informe guardado: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Aún no hay pausas</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
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
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>el registro de pausas no se puede usar ahora mismo: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Suspender las pausas de ejercicio</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Suspender las pausas de ejercicio hasta que mejore</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Mantenerlas</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Mantener las pausas de ejercicio</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Llega antes: la cámara te ha visto encorvado un rato ({0}). Su ejercicio lo contrarresta.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — se acerca una pausa</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Una pausa larga</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Una pausa corta</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Se acerca una pausa</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Termina tu idea; la pausa empieza cuando acabe esta cuenta atrás.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Empezar la pausa ahora</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>En {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Aplazar la pausa {0} minutos</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>No se puede volver a aplazar.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} en {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figura para posar</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Arrastra un punto redondo para mover esa parte; las flechas mueven el elegido</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Empezar desde…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Empezar con una postura o con una copia de una imagen incluida</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Mostrar el cuerpo de la cadera hacia arriba, para movimientos pequeños</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Pose inicial</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Pose final</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Coloca la figura como empieza el paso</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Coloca la figura como termina el movimiento</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Copiar la otra pose</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Hacer esta pose igual que la otra</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Reproducir el movimiento</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>El movimiento, como en una pausa</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Haz clic para volver a posar</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Ambos lados iguales</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Poner los mismos ángulos a la izquierda y a la derecha</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Restablecer esta parte</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Sin flecha</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Una flecha junto al recorrido de este punto</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Flecha junto a</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Elige Pose final y arrastra un punto redondo hasta donde termina el movimiento (o elige una parte y ajusta sus ángulos); Reproducir muestra el movimiento como lo hará una pausa.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>El registro de pausas estaba dañado. Se ha guardado como {0} y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>No se pudo activar el inicio al iniciar sesión: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>No se pudo desactivar el inicio al iniciar sesión: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Cuando esto está activado, postureapp enciende la cámara unas pocas veces por minuto, durante un segundo, y lee en una imagen dónde están tus orejas y tus hombros. La imagen se descarta al momento; nunca se guarda ni se envía ninguna imagen, y nada sale de este ordenador. Lo que se guarda son números: cómo te sientas cuando estás erguido, y el tiempo de cada día erguido y encorvado. Mientras la cámara está encendida, el icono de la bandeja muestra un punto rojo. La cámara no se usa mientras otro programa usa la cámara o el micrófono.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● La cámara está encendida</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>La cámara está encendida</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Calibrar: siéntate erguido unos segundos</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Siéntate erguido, mirando a la pantalla, con los hombros relajados, y quédate quieto un momento…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Recalibrar: siéntate erguido unos segundos</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Activa abajo la detección de postura para calibrar.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>No se pudo leer la cámara: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Calibrado. Recalibra cuando muevas la cámara o la silla.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Aún sin calibrar: siéntate erguido y pulsa Calibrar, para que se pueda reconocer cuándo te encorvas.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Calibrado: esta es ahora tu postura erguida.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Otro programa está usando la cámara o el micrófono.</translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation>Aceptar, cerrar esta nota</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Desde–hasta</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Días del periodo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tiempo hecho</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corta</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Larga</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Parada: dolía</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Esta pausa está ahora en pantalla.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Hiciste la pausa entera.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Omitiste esta pausa.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Pospusiste esta pausa unos minutos.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>La terminaste antes del final; los minutos cuentan, pero la pausa no está completada.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Paraste porque algo dolía. Si sigue doliendo, consulta a un médico.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Estuviste lejos del ordenador el tiempo suficiente para descansar.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>La aplicación se detuvo mientras esta pausa estaba en pantalla.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Hora fija</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Tu postura</translation>
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
        <translation>No se puede abrir el registro de pausas {0} ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>No se pueden escribir pausas en el registro {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Las pausas siguen, y lo que registran se guarda en {1} hasta que el registro lo acepte.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Las pausas siguen, y lo que registran se queda en memoria hasta que el registro lo acepte (tampoco se puede escribir el diario {1}: {2}), así que se pierde si postureapp se detiene antes.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>No se pudo leer el diario de pausas pendientes de registrar, así que su contenido no se registró. Se guarda como {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pausas y consultas: informe para tu profesional sanitario</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>Del {0} al {1} ({2} días)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Creado el {0} con postureapp {1}, a partir de las pausas y consultas que registró.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Esto es un autoinforme: lo que la persona hizo y sintió, tal como lo registró. No es un diagnóstico ni un consejo médico.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>de {0} avisos{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminadas antes</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} porque dolía</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Omitidas o pospuestas</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>avisos aplazados</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tiempo de ejercicio</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} al día</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Rigidez 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>primera y última semana valoradas</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>muy pocas valoraciones</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Días con una señal de alarma</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausas por semana</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausas por mes</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminadas antes</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>omitidas o pospuestas</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>objetivo: {0} al día</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Rigidez según las consultas (0 ninguna, 10 muy rígido)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>rigidez media</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>señal de alarma indicada</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Ninguna consulta en este periodo.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minutos por zona del cuerpo</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Ejercicios más hechos</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Ningún tiempo de ejercicio en este periodo.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Un ejercicio cuenta para cada zona que trabaja; el tiempo de una pausa se reparte entre sus ejercicios.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Autoinforme con postureapp. No es un diagnóstico. Página 1 de 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Ninguno hecho en este periodo.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notas de las consultas (las más recientes primero)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Ninguna nota en este periodo.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>Hay 1 nota más en la app y su exportación.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>Hay {0} notas más en la app y su exportación.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… ({0} palabras más en la aplicación)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Activa primero la detección de postura.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Crear o editar tus propios ejercicios…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Crear o editar tus propios ejercicios</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Ajustes</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Comportamiento</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>Cá&amp;mara</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pausas cortas</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pausas largas</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Aviso y aplazamiento</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pausas a horas fijas</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Retener una pausa mientras estás ocupado</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Qué pueden pedir los ejercicios</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Cada ejercicio</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>ninguno — p. ej. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>ninguna — p. ej. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>la carpeta habitual</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Buscar: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>No se pudo cambiar: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>¿Devolver cada ajuste a su valor predeterminado? Cancelar seguirá recuperando los ajustes que tenías antes.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>No se pudieron guardar tus ajustes: {0}</translation>
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
        <translation>● La cámara está encendida</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Próxima pausa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Las pausas de ejercicio están suspendidas por tu seguridad; las pausas solo te recuerdan que te muevas.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Suspender durante</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Al cerrarla se oculta; vuelve a ejecutar postureapp para recuperarla.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Al cerrarla solo se minimiza; usa «Salir» para detener la aplicación.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Ninguna bandeja del sistema muestra el icono de postureapp, así que funciona desde esta ventana.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Sin indicación de respiración</translation>
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
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>En una o dos líneas, p. ej. «Al espirar, gira el pecho a la derecha. Mantén.»</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Cuánto tiempo, en segundos</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Indicación de respiración</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Figura posada</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Mi propia imagen</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Reflejarla para el lado izquierdo</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Desmarca si la imagen lleva texto, que no debe reflejarse</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Aún no hay imagen elegida.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Tu imagen</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG o GIF (un GIF puede moverse), hasta 5 MB. Se copia en tu carpeta de ejercicios.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Qué hacer</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>&amp;Cuánto tiempo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Imágenes ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: detalles</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminadas antes</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Omitidas o pospuestas</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Ejercicios que ya no están en la biblioteca</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Dolía</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Minutos de ejercicio (el tiempo de una pausa repartido entre sus ejercicios)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas completadas</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Pausas terminadas antes con Hecho</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Pausas paradas con «Esto duele — parar»</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Pausas omitidas</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Pausas pospuestas</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● La cámara está encendida</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Lo he consultado con un médico, o ya ha pasado</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Confirmar que es seguro reanudar</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Reanudar las pausas de ejercicio</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Mantener suspendidas</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Mantener suspendidas las pausas de ejercicio</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>Acerca de postureapp y la seguridad</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Sobre los chasquidos</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Entendido, cerrar esta ventana</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Volver a la información de seguridad</translation>
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
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>no se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>no se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>no se puede eliminar {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>no se puede leer la plantilla de entrada de escritorio {0}: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>el soporte de calendarios no está instalado; instálalo con: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>el nombre {0} debe tener de 1 a 40 letras, dígitos, espacios, puntos, - o _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: el tipo debe ser uno de {1}; se recibió {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: necesita una ubicación (una ruta o una dirección)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: el usuario debe ser texto</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} no es una ruta absoluta</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: solo una cuenta CalDAV tiene usuario</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} no es una dirección http(s)</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: la dirección contiene una contraseña; indica el usuario con --user y la contraseña irá al llavero</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>dos calendarios se llaman {0} (o casi)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>ocupa más de {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>la parte {0} no son datos iCalendar</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>tiene más de {0} eventos en una semana</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} rechazó el usuario o la contraseña</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} no respondió como un servidor CalDAV</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>el servidor rechazó la conexión (¿está en marcha?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>el nombre del servidor no se conoce</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>no se pudo resolver el nombre del servidor (¿sin conexión?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>la red no está disponible (¿sin conexión?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>no se pudo verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>un error de red ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>no se pudo leer {0}: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} contiene más de {1} archivos .ics</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} no existe</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} contiene más de {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>no hay ningún llavero para guardar la contraseña de {0} (instala y desbloquea GNOME Keyring o KWallet), así que esta cuenta CalDAV no se puede leer; un archivo de calendario o una dirección web iCalendar funcionan sin llavero</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>el llavero no pudo dar la contraseña de {0} (¿está bloqueado?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>no hay contraseña para {0} en el llavero; añádelo de nuevo con postureapp calendar add (o en Ajustes)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>el llavero rechazó la contraseña de {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} respondió con el error HTTP {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} envió más de {1} MB</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>El modelo de postura no está disponible para Python {0} (necesita 3.11 o 3.12), así que la detección de postura no se puede usar con esta instalación.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>El extra de cámara no está instalado. Instálalo con: pip install &apos;postureapp[camera]&apos; (alrededor de 1 GB) y reinicia postureapp.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>No hay ningún vídeo en {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>La cámara está ocupada.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>La cámara no dio ninguna imagen.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>El modelo de postura falló: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Un recordatorio en la bandeja del sistema para pausas cortas de movilidad de la parte alta de la espalda. Sin una orden, inicia la aplicación (o muestra la que ya está abierta).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Códigos de salida: 0 hecho; 1 no hecho (no está en marcha, rechazado o problemas encontrados); 2 no se puede ejecutar así (argumentos erróneos, un archivo que falta, sin pantalla).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>iniciado al iniciar sesión: esperar más a que aparezca la bandeja del sistema</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas); inícialo desde una sesión de escritorio.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp ya está en marcha; se ha mostrado su ventana.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>calendarios cuyos eventos retienen las pausas</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Calendarios cuyos eventos retienen las pausas: ninguna pausa durante un evento ocupado, ninguna justo antes. Archivos y carpetas de archivos .ics, direcciones web iCalendar, cuentas CalDAV.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>añadir un calendario</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Añadir un calendario.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>un nombre corto, p. ej. trabajo</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>un archivo .ics o una carpeta, una dirección http(s) o webcal</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>la dirección es una cuenta o un calendario CalDAV</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>el nombre de usuario CalDAV (pide la contraseña)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>leer la contraseña CalDAV de la entrada estándar</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>listar los calendarios</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>quitar un calendario (y su contraseña guardada)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>leer los calendarios ahora y decir qué contienen</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>solo este calendario</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: archivo {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: dirección web {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} como {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Contraseña para {0} (se guarda en tu llavero): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>da la contraseña con --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (quítalo primero o elige otro nombre)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} añadido. Compruébalo con: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Nota: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Nota: {0} no existe (todavía); no contiene nada hasta que exista.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>No hay calendarios. Añade uno con: postureapp calendar add NOMBRE ARCHIVO-O-DIRECCIÓN</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(leído el {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>ningún calendario se llama {0} (hay: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} quitado.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>ningún calendario llamado {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>todavía no hay calendarios</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: no se pudo leer: {1}; se usa la copia del {2}</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: no se pudo leer: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: eventos ocupados en los próximos 8 días: {1}, leído en {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; siguiente: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>mostrar o cambiar los ajustes</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Mostrar o cambiar el archivo de ajustes; la aplicación en marcha recoge los cambios.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>mostrar dónde está el archivo de ajustes</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>listar todos los ajustes, marcando los que difieren del predeterminado</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>mostrar el valor de un ajuste</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>cambiar un ajuste</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>devolver un ajuste, o todos, al valor predeterminado</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>el ajuste que restablecer; todos si se omite</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>cambiado; predeterminado {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Todos los ajustes ya tienen su valor predeterminado.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>Los ajustes anteriores se guardan en {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>el ajuste se ha guardado, pero {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} se deja sin cambios (ver arriba)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>añadir postureapp y su icono al menú de aplicaciones (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>quitar postureapp y su icono del menú de aplicaciones (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>iniciar postureapp al iniciar sesión: on, off o status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>activarlo o desactivarlo, o decir cómo está</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>la entrada se ha cambiado, pero el ajuste no: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>las entradas de escritorio son cosa de Linux; este sistema es {0}. Usa `postureapp autostart on` para iniciar al iniciar sesión.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>no se puede leer el icono {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>no se pueden leer los metadatos {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>no se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>el icono ({0} archivos: escalable y tamaños fijos) en {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>No está, nada que quitar: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>no se puede quitar {0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Quitado: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>No hay icono, nada que quitar: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp se inicia al iniciar sesión ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp no se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>listar o validar paquetes de ejercicios</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>mostrar cada ejercicio que ofrecerá la aplicación</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>imprimir un documento JSON</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>comprobar un archivo de ejercicio o una carpeta de paquete</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>un archivo .toml o una carpeta</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>guardar ejercicios, con sus imágenes, en un archivo de paquete para compartir</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>los ejercicios (ver `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>añadir los ejercicios de un archivo de paquete a los tuyos</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Añade los ejercicios de un paquete a tu carpeta propia. Uno cuyo id ya tienes se añade junto al tuyo con un id nuevo, salvo que indiques otra cosa.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>un archivo de paquete</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>reemplazar tus ejercicios que tengan el mismo id</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>omitir los ejercicios cuyo id ya tienes</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>incluido</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSICIÓN</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>PARA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>No se encontraron ejercicios.</translation>
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
        <translation>{0}: no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problemas: {0}, en archivos: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} ejercicio</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK: {0} ejercicios</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>no hay ningún ejercicio con el id {0} (ver `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: no se puede escribir el paquete ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 ejercicio guardado en {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} ejercicios guardados en {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: no existe el archivo</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: no importado; no se escribió nada</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: no se puede escribir ahí ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Tus ejercicios están en {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>mostrar estadísticas de pausas</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>los días de un periodo que termina hoy, como en la ventana del historial</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>pausas completadas que necesita un día de racha (predeterminado: el ajuste {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>escribir el registro de pausas como CSV o JSON</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>por omisión: la extensión del archivo de salida (.csv o .json); si no, CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>predeterminado: salida estándar</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>incorporar una exportación CSV o JSON al registro de pausas</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>primer día local, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>último día local, YYYY-MM-DD (incluido)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: se esperaba una fecha real como YYYY-MM-DD, se encontró {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) es posterior a --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>el registro de pausas estaba dañado; se ha guardado como {0} y se ha empezado uno nuevo</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>el registro de pausas no se puede usar ahora mismo: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>el registro de pausas {0} parece dañado ({1}); inicia postureapp para apartarlo y empezar uno nuevo</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last no se puede combinar con --since ni con --until</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: se esperaba 1 o más, se encontró {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>últimos {0} días</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>aún no hay pausas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>tasa de finalización</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>racha</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>más hecho</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>menos hecho</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pausas a fecha de {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (sin contar las pausas naturales)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>días ahora: {0}, mejor: {1} (un día cuenta con {2} o más pausas completadas)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>completadas por día, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>no se puede saber el formato por {0}: dé al archivo la extensión .csv o .json, o use --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pausas y {1} consultas escritas en {2}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>consultas: añadidas {0}, ya presentes {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>añadidas {0}, ya presentes {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp no está en marcha (inícialo con: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (en {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (ahora)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>long</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>tras la suspensión</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>hora fija</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: no se puede contactar con la instancia en marcha: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la petición fue rechazada</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>Ahora en pausa.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Suspendido hasta que lo reanudes (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Suspendido hasta {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Próxima {0} a las {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Fuera del horario de trabajo; las pausas vuelven a las {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Toca una pausa y espera a que vuelvas.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Toca una pausa y espera a que se cierre una ventana a pantalla completa.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Toca una pausa y espera a que termine el modo No molestar.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Toca una pausa y espera a que termine tu llamada.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Toca una pausa y espera a que termine un evento de tu calendario.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Toca una pausa y espera ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Las pausas de ejercicio están suspendidas por tu seguridad; las pausas solo te recuerdan que te muevas (reanúdalas desde «Acerca de &amp; seguridad»: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>No se pudo leer el calendario {0}: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Aplazamientos seguidos: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Inactividad: {0} ({1} s de inactividad ahora).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>Aquí no se puede leer la inactividad, así que no hay pausas naturales.</translation>
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
        <translation>Llega antes, antes de {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Espera a que termine {0}.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Retenida durante {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Las pausas no estaban suspendidas.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Las pausas de ejercicio siguen suspendidas por tu seguridad: «Acerca de &amp; seguridad» está abierto; allí puedes confirmar que es seguro reanudarlas.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Suspendido hasta que lo reanudes.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pausa iniciada. (Nota: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pausa iniciada.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pausa omitida.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp se está cerrando.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>cuándo es la próxima pausa y si la aplicación está suspendida</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>empezar una pausa ahora</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>hacer este ejercicio (ver: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>suspender las pausas: 30m, 1h, until-tomorrow o indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminar una suspensión</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>omitir la pausa en pantalla (no en modo estricto)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>mostrar una ventana de la aplicación en marcha</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>mostrar la ventana de estado de la aplicación en marcha</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>detener la aplicación en marcha</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: se esperaba 30m, 1h, until-tomorrow o indefinitely (o N m / N h hasta 24 h), se encontró {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp no pudo hacerlo ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>escribir un PDF de una página con tus pausas y consultas para un profesional sanitario</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Escribe un PDF de una página sobre un periodo de tus pausas y consultas: pausas por semana, minutos por zona del cuerpo, los ejercicios más hechos, la evolución de la rigidez con los días en que se indicó una señal de alarma, y tus notas. Sin periodo: los últimos 3 meses.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>un periodo que termina hoy (all: desde el primer día registrado)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se escribirá</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) es posterior al último día ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: el informe es un PDF; llámalo .pdf, se encontró {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>aún no hay pausas registradas; no hay nada que informar</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} escrito: del {1} al {2}, {3} pausas completadas, {4} consultas, {5} notas</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>la cabeza hacia delante y abajo</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>los hombros redondeados</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>el cuerpo inclinado hacia un lado</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>erguido</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>a la vista</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>nadie a la vista</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Llega antes: llevas {1} minutos sentado con {0}; su ejercicio lo contrarresta.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Llega antes: estás sentado con {0}; su ejercicio lo contrarresta.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>Su ejercicio contrarresta esto: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>La detección de postura no está funcionando: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>La detección de postura está activada pero aún sin calibrar (Ajustes → Cámara).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Hoy te sentaste erguido el {0} del tiempo que la cámara te vio.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Última lectura de la cámara {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>no se puede escuchar en {0}: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp se ha encontrado con un problema inesperado ({0}: {1}). Sigue funcionando; los detalles están en {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp no pudo iniciarse ({0}: {1}); repáralo o muévelo a otro sitio y vuelve a iniciar postureapp. Los detalles están en {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp no pudo iniciarse ({0}); por favor, infórmalo. Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: no se puede escribir el archivo de registro {0} ({1}); el registro va al terminal en su lugar</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Espalda baja</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Girar (rotación)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Inclinarse hacia atrás (extensión)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Inclinarse hacia delante (flexión)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Inclinarse a un lado</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Omóplatos</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Una pared</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Un rodillo de espuma</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Una toalla</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>p. ej. Estiramiento de pecho en el marco de la puerta</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Una línea: qué hace, p. ej. Abre el pecho</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Las pausas largas mezclan movimientos; las cortas los alternan</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Pausas cortas</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Pausas largas</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>A cada lado, primero el</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primer lado</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Cuántas veces se repiten los pasos; una pausa puede añadir más</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Una por línea, al menos una. p. ej. Para si sientes dolor, entumecimiento o mareo.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Opcional, p. ej. de mi fisioterapeuta, mayo de 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Re&amp;sumen</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>&amp;Zonas del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Movimiento</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>P&amp;osición</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necesita</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Usar en</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Vueltas</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Precauciones</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>nada elegido</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Ningún ejercicio encaja con el tipo «{kind}» con las zonas del cuerpo, posiciones y accesorios que elegiste, así que esas pausas no pueden empezar. Elige más zonas o posiciones en Ajustes.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Solo {count} ejercicios encajan con una pausa larga con las zonas del cuerpo, posiciones y accesorios que elegiste, así que las pausas largas los repiten. Elige más en Ajustes para más variedad.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Ya hay un ejercicio con este nombre</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>uno de los tuyos</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>un ejercicio incluido</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>«{0}» del paquete tiene el mismo id que «{1}», {2}. ¿Qué hacemos?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Reemplazar el mío</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Usar el del paquete</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Omitirlo</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} no se importó y no se escribió nada:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>No se pudo escribir en {0}: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: añadido («{1}»)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: reemplazado («{1}»)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: ya tienes uno con este id; añadido como «{1}» ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: ya estaba, sin cambios</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: omitido (ya tienes uno con este id)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>cada carpeta corta para el socket ({0} y las siguientes) pertenece a otra persona; define un {1} más corto o define XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} no existe</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>no se puede comprobar {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} es un enlace creado por el usuario {1}, no por ti</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>no se puede seguir {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} no es una carpeta</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} pertenece al usuario {1}, no a ti</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; muévelo a otro sitio (o define {1} para usar otra carpeta)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>no se puede hacer privado {0}: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>no se puede crear {0} porque {1} es un archivo, no una carpeta; mueve ese archivo a otro sitio (o define {2} para usar otra carpeta)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>no se puede crear {0}: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; no se envían órdenes a través de él. Elimínalo y vuelve a iniciar postureapp</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Tres cuartos</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Desde arriba</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Sentado en una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Sentado en el suelo</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Tumbado boca arriba, rodillas dobladas</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Tumbado boca arriba, piernas estiradas</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Tumbado boca abajo</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Pelvis</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Espalda baja</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Omóplato derecho</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Omóplato izquierdo</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Codo derecho</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Codo izquierdo</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Muñeca derecha</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Muñeca izquierda</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Tobillo derecho</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Tobillo izquierdo</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Inclinar hacia delante</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Doblar</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Girar hacia su derecha</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Encoger hacia arriba (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>Hacia delante (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Levantar hacia delante</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Hacia el lado</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Girar hacia fuera</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Estirar las puntas</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Inclinar hacia delante</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>Arriba (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Inclinar hacia su derecha</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Ladear hacia su derecha</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Asentir</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Levantar el muslo</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Doblar hacia atrás</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Elevar hacia su derecha</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Toalla enrollada</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>nariz</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>barbilla</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>espalda alta</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>cintura</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>pelvis</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>hombro derecho</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>hombro izquierdo</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>manos</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano derecha</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano izquierda</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>codos</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>codo derecho</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>codo izquierdo</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>rodillas</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>pies</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>dedos del pie derecho</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>dedos del pie izquierdo</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>tobillo derecho</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>tobillo izquierdo</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>cabeza hacia delante y abajo</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>hombros redondeados</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>inclinado hacia un lado</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>No se veían bien tu cabeza y ambos hombros. Siéntate frente a la cámara con los hombros en la imagen, con buena luz, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Te moviste mientras medía. Siéntate erguido y quieto unos segundos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Tus orejas no estaban por encima de los hombros. Siéntate erguido, mirando a la cámara, e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>un paquete de {0} bytes como máximo</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>un paquete (un archivo zip)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>{0} archivos como máximo</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} archivos</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} o un nombre de archivo simple dentro de {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>otra ruta</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>un archivo cifrado</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>cada nombre una sola vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>{0} bytes en total como máximo</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>un manifiesto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>un manifiesto TOML</translation>
    </message>
    <message>
        <source>another</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>la versión {0} o anterior (este postureapp es demasiado antiguo para una más nueva)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>una lista de 1 a {0} identificadores de ejercicio</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>un ejercicio nombrado en el manifiesto</translation>
    </message>
    <message>
        <source>not</source>
        <translation>uno no nombrado</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>el nombre de un archivo {0}</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>un nombre de archivo relativo a la carpeta de ilustraciones</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>un archivo {0}</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>un archivo dentro de {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>un enlace a {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>una imagen de {0} bytes como máximo</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>un archivo existente en {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>ningún archivo llamado {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>una tabla [[steps]]</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>un archivo de ejercicio</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>el nombre del archivo sin .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>solo &quot;long&quot; para un ejercicio en el suelo</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>solo &quot;long&quot; para un ejercicio que necesita material</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>de {0} a {1} tablas [[steps]]</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} pasos</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>la carpeta de los ejercicios incluidos</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no existe la carpeta</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>una lista de {0} textos no vacíos de {1} caracteres como máximo, en el orden del inglés</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>una lista de {0} textos no vacíos, en el orden del inglés</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>una tabla de idiomas como [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>un idioma como de o pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>una tabla con title, summary, cautions y steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>una tabla como {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>una tabla de ángulos como {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>una tabla [steps.pose]</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>una clave conocida (¿querías decir &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>una de las claves {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>la clave desconocida &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>uno de {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>una lista con cualquiera de {0} (sin repetir)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; repetido</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caracteres</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} elementos</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>un número de {0} a {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>un archivo de {0} bytes como máximo</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>un archivo más grande</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>un archivo legible</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>texto UTF-8</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>el byte {0} en la posición {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>un error de sintaxis ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>nada (falta el campo)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>esperado: {0}; encontrado: {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>un texto de 1 a {0} caracteres</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>una lista con al menos uno de {0} (sin repetir)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>una lista vacía</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>una lista de {0} a {1} textos no vacíos</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>una lista de textos no vacíos, tantos como quiera</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>un número entero de {0} a {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>una hora ISO 8601 con desfase UTC, por ejemplo 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>tablas y listas anidadas en {0} niveles como máximo</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>un anidamiento más profundo</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>TOML válido</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>una lista de identificadores de ejercicios</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>identificadores de ejercicios sin espacios, separados por comas</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un número entero de segundos, 0 o más</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>una línea más larga</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>una línea de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>una clave entre comillas dobles</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>el final del archivo después del objeto</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>ninguna lista &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON anidado en pocos niveles</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>más profundo</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(lectura detenida tras {0} problemas)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: no se puede importar, no se añadió nada:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>falta la columna {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>columna desconocida {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (se esperaba {1}; id es opcional)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>una línea de {0} caracteres como máximo</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>una celda de {0} caracteres como máximo</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>un valor de {0} caracteres como máximo</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>uno más largo</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON anidado no más que una exportación</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>un objeto JSON con una lista &apos;breaks&apos;, tal como lo escribe la exportación</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>una lista {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; después de una clave</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} en la lista {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>de 1 a {0} (una versión más reciente necesita un postureapp más reciente)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} celdas</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>el byte {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>una hora no anterior a {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>un objeto JSON con format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>no se pudo apartar ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>guardado como {0}; los valores correctos siguen en uso</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>no se puede leer ({0}); se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>no es TOML válido ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>no es texto UTF-8 ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>no se puede usar como archivo de ajustes ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} y no se pudo apartar ({1}); se usan los valores predeterminados y el archivo no se modificará</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; se movió a {1} y se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>debe ser un número entero (esta versión escribe {0}), se encontró {1}; el archivo se lee como versión {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>el archivo lo escribió un postureapp más reciente (esquema {0}; este conoce {1}): se lee en lo que se entiende y no se modificará</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; se usa en su lugar el valor predeterminado {1}</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>debe ser una sección [{0}], se encontró {1}; se ignora</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>un texto de {0} caracteres como máximo, o nada</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>un número entero de 0 a 10, o nada</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>una línea que no es clave = valor, ni [tabla], ni comentario</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>algo más después de un valor en la misma línea</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>una clave sin &apos;=&apos; después</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>una clave que empieza por un carácter no permitido al inicio de una clave</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>un valor de un tipo desconocido (el texto va entre comillas)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>un texto sin sus comillas de cierre</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>una lista sin su &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>una tabla en línea sin su llave de cierre</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>un nombre de [tabla] sin su &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>un nombre de [[tabla]] sin su &apos;]]&apos; de cierre</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>una clave que recibe un valor dos veces</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>la tabla {0} declarada dos veces</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0} definido por segunda vez</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>la clave {0} dos veces en una tabla en línea</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>una &apos;\&apos; en un texto que no inicia ningún escape conocido</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>un escape con dígitos hexadecimales incorrectos</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>un escape que no es un carácter Unicode</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>el carácter {0}, que no puede ir en un texto</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>el carácter {0} donde no corresponde</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>una fecha u hora que no existe</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>ningún {0} donde hacía falta uno</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>ningún valor donde hacía falta uno</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>una clave sin comillas dobles</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>una clave sin &apos;:&apos; después</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>una &apos;,&apos; que falta entre dos valores</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>un carácter de control (como un salto de línea) dentro de un texto</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>una &apos;,&apos; después del último valor</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>algo más después del final del documento</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>no es un archivo zip</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>un método de compresión que esta aplicación no sabe leer</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>un archivo zip dañado</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco se ha agotado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer ni escribir en el disco</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>demasiados enlaces simbólicos</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>está en uso</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>la carpeta no está vacía</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>el sistema se negó ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>no se puede leer: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (línea {1}, columna {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>otro programa lo está usando; inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>se puede leer pero no escribir</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>un error de base de datos ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: el registro de pausas tiene la versión de esquema {1}, más nueva de lo que entiende esta versión de la aplicación ({2}); actualiza la aplicación</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: no se pudo actualizar el registro de pausas a la versión {1} ({2}); no se ha cambiado nada</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Levántate y muévete</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Urgencia: para y busca atención urgente ya (llama a tu número local de emergencias o ve a urgencias) si tienes:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Deja los ejercicios y ve al médico sin demora si tienes:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Deja los ejercicios y haz que un médico o un fisioterapeuta lo revise si tienes:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Un dolor de cabeza repentino e intenso, mareo o sensación de que todo da vueltas, o problemas para ver, después de mover el cuello o tras una caída u otra lesión.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Dolor que se extiende desde el cuello o la parte alta de la espalda hacia un brazo o una mano.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Entumecimiento nuevo, hormigueo que no se va, o debilidad en los brazos o las manos.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Dolor de cuello o de espalda junto con fiebre, escalofríos o una pérdida de peso que no puedes explicar.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Entumecimiento, hormigueo o debilidad que baja por las piernas.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Cualquier problema nuevo para controlar el intestino o la vejiga.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Dolor agudo o punzante, o dolor que no deja de empeorar, por ejemplo al moverte o después de estar sentado mucho tiempo.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Consulta con un médico o un fisioterapeuta antes de empezar si tienes:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporosis u otra enfermedad de los huesos.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Una hernia de disco u otro problema de la columna.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Artritis o artrosis.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Bienvenido a postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>Acerca de postureapp y tu seguridad</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp te recuerda hacer una pausa corta a los intervalos que elijas y te guía por movimientos suaves para la parte alta de la espalda, el cuello y los hombros. Cada pausa queda registrada, para que puedas mirar atrás y ver cómo vas.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp no es consejo médico. No puede saber qué hay detrás de tu rigidez o tu dolor, y no sustituye a un médico ni a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Muévete despacio y quédate dentro de lo que resulte cómodo. Si un movimiento duele, detenlo; siempre puedes omitir el resto de una pausa.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Si tu rigidez no ha mejorado tras dos a seis semanas de movimiento suave y regular, enséñasela a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Sobre los chasquidos</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>El chasquido que a veces oyes en la espalda o el cuello es gas que sale del líquido que baña la articulación, como cuando te crujes los nudillos. Nada vuelve a su sitio cuando ocurre.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Así que un chasquido no arregla nada. El alivio que trae suele pasarse, y la articulación necesita un rato, a menudo unos veinte minutos, antes de poder chasquear otra vez.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Forzar un chasquido, girando con fuerza, con tirones o haciendo palanca contra una toalla o una pared, puede distender músculos y ligamentos o irritar un nervio. El cuello es el lugar más arriesgado: por él pasan las arterias que llevan sangre al cerebro, y un giro brusco puede, en raras ocasiones, dañar una.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>El movimiento suave y regular es el mejor hábito. Suelta las articulaciones rígidas sin forzar, y ninguno de los ejercicios de postureapp te pide buscar un chasquido.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Las pausas de ejercicio están suspendidas</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Le dijiste a postureapp que algo va mal más allá de la rigidez habitual.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>Has notado peor la parte alta de la espalda tres días seguidos de consulta.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Esto puede ser señal de que pasa algo distinto de la rigidez habitual. Solo un profesional sanitario puede saberlo, así que por favor haz que lo revise un médico o un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Hasta entonces, las pausas de ejercicio están suspendidas. postureapp puede seguir recordándote de vez en cuando que te levantes y camines un poco.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Hora de levantarte, caminar un poco y descansar la vista hasta que termine la cuenta atrás.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Merece la pena visitar a un fisioterapeuta</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Has hecho pausas la mayoría de los días durante dos semanas o más, y tus valoraciones de rigidez no han bajado.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Has hecho pausas la mayoría de los días durante dos semanas o más, y ninguna de tus respuestas en ese tiempo fue «mejor».</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Una rigidez que se mantiene pese a semanas de movimiento suave y regular merece que la vea un fisioterapeuta, que puede averiguar qué hay detrás y qué ayudaría. Mientras tanto puedes seguir usando postureapp.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Paraste porque dolía</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Parar fue lo correcto. Descansa ahora y deja fuera el movimiento que dolió.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Si el dolor sigue o empeora, haz que lo revise un fisioterapeuta o un médico.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Puedes suspender las pausas de ejercicio hasta entonces. postureapp solo te recordará de vez en cuando que te levantes y camines un poco.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Paraste una pausa porque un movimiento dolía.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Las pausas de ejercicio están suspendidas por tu seguridad. Las pausas solo te recuerdan que te levantes y te muevas.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>una lista de calendarios como {0} (kind file, url o caldav; user para caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>debe ser {0}</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>ajuste desconocido (¿querías decir {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>ajuste desconocido</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Trabajo entre pausas</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minutos de trabajo entre una pausa y la siguiente.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Duración de la pausa corta</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Cuánto dura una pausa corta. Su ejercicio se repite o se mantiene más tiempo para ajustarse, y cada paso deja tiempo para leerlo; una pausa queda a menos de un 10 % (o 5 s) de esta duración.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Pausa larga cada</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Cada N-ésima pausa es larga; 0 significa nunca.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Duración de la pausa larga</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Cuánto dura una pausa larga. Sus ejercicios se repiten o se mantienen más tiempo para ajustarse; una pausa queda a menos de un 10 % (o 5 s) de esta duración.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Aviso antes de una pausa</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Con cuánta antelación un aviso discreto anuncia una pausa; 0 significa sin aviso.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duración del aplazamiento</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Cuánto aplaza Posponer una pausa.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Aplazamientos por pausa</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Cuántas veces seguidas se puede posponer una pausa; 0 desactiva Posponer.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modo estricto</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Una pausa que ha empezado no se puede omitir ni posponer.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Solo en horario de trabajo</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Planificar pausas solo dentro del horario de trabajo fijado para cada día.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Horario de trabajo de este día, como rangos HH:MM-HH:MM; vacío para un día libre.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Horas fijas de pausa</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Horas del día en que llega una pausa diga lo que diga el intervalo.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Días de las horas fijas</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>Los días en que se aplican las horas fijas de pausa.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Esperar en pantalla completa</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Retener una pausa pendiente mientras haya una ventana a pantalla completa delante.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Esperar en No molestar</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Retener una pausa pendiente mientras No molestar esté activado.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Esperar durante las llamadas</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Retener una pausa pendiente mientras parezca haber una llamada en curso.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Cuánto espera una pausa retenida antes de mostrarse igualmente; 0 significa sin límite.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Calendarios cuyos eventos retienen las pausas: ninguna pausa durante un evento ocupado, ninguna justo antes. Archivos o carpetas .ics locales, direcciones web y cuentas CalDAV (solo lectura).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Margen antes de eventos</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Ninguna pausa toca tan poco antes de un evento; llega antes o justo después.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Leer calendarios cada</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Con qué frecuencia se vuelven a leer los calendarios (también al despertar).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Mostrar títulos de eventos</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Nombrar el evento al que espera una pausa (postureapp status); desactivado, los títulos quedan privados.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>Las partes del cuerpo que pueden trabajar los ejercicios ofrecidos.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>Las posiciones que un ejercicio ofrecido puede pedirte.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Accesorios a mano</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>Accesorios que tienes cerca; los ejercicios que necesitan otras cosas se dejan fuera.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Tu carpeta de ejercicios</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Una carpeta con tus propios archivos de ejercicios; vacío significa la habitual.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Con qué frecuencia sale cada ejercicio</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Si se ofrece cada ejercicio y con qué frecuencia: nunca (0, sin marcar), como siempre (1), más a menudo (2) o lo más a menudo (3). Los ejercicios no listados salen como siempre.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Reproducir un sonido suave cuando una pausa empieza y termina.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Ventanas claras u oscuras; Sistema sigue a tu escritorio.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>Iniciar postureapp cuando inicies sesión.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>Ausencia cuenta como pausa</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Tanto tiempo lejos del ordenador y una pausa cuenta como hecha.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>De vez en cuando, preguntar tras una pausa cómo sientes la espalda y el cuello.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Imágenes en movimiento</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Si la figura de la ventana de pausa se mueve: Automático sigue el ajuste de animaciones del escritorio; Reducido muestra la postura final sobre una postura inicial tenue.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pausas para un día de racha</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Cuántas pausas hacen que un día cuente para una racha.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Vigilar mi postura con la cámara</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Unas pocas veces por minuto la cámara toma una imagen, en este ordenador se lee de ella la posición de tu cabeza y tus hombros, y la imagen se descarta al momento: ninguna imagen se guarda ni se envía a ningún sitio. Una postura encorvada mantenida un rato adelanta la siguiente pausa.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Lecturas de la cámara por minuto</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Cada cuánto se enciende la cámara para una imagen; entre medias está apagada.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Umbral de encorvamiento</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>Cuánto puede bajar tu cabeza, o redondearse tus hombros, respecto a la postura erguida que calibraste antes de contar como encorvado.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Encorvado durante</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Una postura encorvada mantenida este tiempo adelanta la siguiente pausa, con un ejercicio que la contrarresta (nunca antes de lo que permite el aviso, y nunca durante una llamada, una ventana a pantalla completa, no molestar o una reunión).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>aplazamientos</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>lecturas</translation>
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
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reducido</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} no es una lista TOML como {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} no es una lista</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>debe ser {0}, se encontró {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>un número entero de {0} a {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>un número entero de {0} a {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>uno de {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>una lista de {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>una lista con al menos uno de {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} no es uno de {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} no están entre {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} no es una hora del día como HH:MM (00:00 a 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>rangos horarios como {0} (&quot;&quot; para ninguno)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>«{0}» debe empezar antes de terminar</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>«{0}» y «{1}» se solapan</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>«{0}» no es un rango como «09:00-12:30» (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>una lista de horas como {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>contiene {0} dos veces</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>una ruta de carpeta absoluta (&quot;&quot; para la carpeta predeterminada)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>una tabla de ids de ejercicios y números enteros de {0} (nunca) a {1} (lo más a menudo), como {2} (&quot;&quot; para ninguno)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} no es un id de ejercicio (minúsculas, dígitos, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>el peso de {0} debe ser un número entero de {1} a {2}, no {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} no es una tabla TOML como {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>«{0}» no tiene la forma «chin-tuck=2»</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Permitido: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problema con {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Como siempre</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Más a menudo</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Lo más a menudo</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Buscar un ejercicio</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (no encontrado)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>Ofrecer {0}</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Con qué frecuencia sale {0}</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} lo escribió un postureapp más reciente (esquema {1}); esta versión no lo cambiará</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — iniciando</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Suspendido — reanudar desde el menú</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Suspendido hasta {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>No hay pausa planificada</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa larga</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>pausa corta</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Próxima {0} a las {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(después de una reunión)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(antes de una reunión)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(antes: llevas un rato encorvado)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>pausa corta</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>pausa larga</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>parada (dolía)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>ausente (pausa natural)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>hora fija</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Espalda baja</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotación</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extensión</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>flexión</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>inclinación lateral</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>omóplatos</translation>
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
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>un lado</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Una señal de alarma</translation>
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
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
</TS>
