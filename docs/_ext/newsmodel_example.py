def setup(app):
    return {"parallel_read_safe": True}

def reference_available():
    return False
