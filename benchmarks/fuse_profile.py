"""Time each fusion step on an analyzed store: python benchmarks/fuse_profile.py STORE.db (builds nothing, writes nothing)."""
import time, sys, tracemalloc
from storyline.config import Config
from storyline.analyze.resources import Resources
from storyline.fuse import FuseContext, get_step
from storyline.store import open_store
c=Config(); r=Resources(c); r.embedder
st=open_store(sys.argv[1])
arts={a.id:a for a in st.articles()}; an=st.analyses()
ctx=FuseContext(config=c, resources=r, articles=arts, analyses=an, new=set(an), store=st)
ctx.story.articles=list(arts.values())
for name in c.fuse_steps:
    t=time.time(); get_step(name)(ctx); print(name, round(time.time()-t,1), flush=True)
print(len(ctx.story.entities), len(ctx.story.events), len(ctx.story.claims), len(ctx.story.claim_links))
