"""Adapters the composition root plugs into the services' ports.

Each module here implements a port a service owns on top of a concrete adapter (the device
manager, the printer's ticket model). They sit beside ``workstation.app``, outside the layers:
services and screens never import them
(docs/decisions/0012-composition-and-what-the-ui-receives.md).
"""
