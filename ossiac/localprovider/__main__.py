from ossiac.localprovider.zygote import relay

# served by a fork of this command's warm provider process when there is one (zygote.py); else here
if not relay():
    from ossiac.localprovider.provider import main

    main()
