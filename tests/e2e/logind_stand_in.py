"""A stand-in for systemd-logind on a private system bus (run by Debian's /usr/bin/python3,
which has GLib's bindings): `GetSession("auto")` names one session, and that session's `Lock`
and `Unlock` methods send the `Lock` and `Unlock` signals, as `loginctl lock-session` makes
logind do. Containers run no logind; this keeps the app's side of the wire real."""

from gi.repository import Gio, GLib

SESSION = "/org/freedesktop/login1/session/_31"
XML = """
<node>
  <interface name="org.freedesktop.login1.Manager">
    <method name="GetSession"><arg type="s" direction="in"/><arg type="o" direction="out"/></method>
  </interface>
  <interface name="org.freedesktop.login1.Session">
    <method name="Lock"/>
    <method name="Unlock"/>
    <signal name="Lock"/>
    <signal name="Unlock"/>
  </interface>
</node>
"""
info = Gio.DBusNodeInfo.new_for_xml(XML)


def on_call(connection, sender, path, interface, method, args, invocation):
    if method == "GetSession":
        invocation.return_value(GLib.Variant("(o)", (SESSION,)))
        return
    connection.emit_signal(None, SESSION, interface, method, None)
    print("sent", method, flush=True)
    invocation.return_value(None)


def on_bus(connection, _name):
    connection.register_object("/org/freedesktop/login1", info.interfaces[0], on_call)
    connection.register_object(SESSION, info.interfaces[1], on_call)


Gio.bus_own_name(
    Gio.BusType.SYSTEM, "org.freedesktop.login1", Gio.BusNameOwnerFlags.NONE, on_bus, None, None
)
GLib.MainLoop().run()
